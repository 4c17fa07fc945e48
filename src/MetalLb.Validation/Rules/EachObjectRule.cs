using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>Runs a check on each object of one kind.</summary>
internal sealed class EachObjectRule<TResource>(IReadOnlyList<RuleDescriptor> descriptors, Action<TResource, RuleContext> check, bool comparesWithConfiguration) : Rule
    where TResource : KubernetesObject
{
    public override IReadOnlyList<RuleDescriptor> Descriptors => descriptors;

    internal override bool ComparesWithConfiguration => comparesWithConfiguration;

    internal override void Check(RuleContext context)
    {
        foreach (var resource in (comparesWithConfiguration ? context.Set : context.Input).OfKind<TResource>())
        {
            check(resource, context);
        }
    }
}
