using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>Transitional: a single-descriptor check of each object of one kind.</summary>
internal abstract class ResourceRule<TResource> : SingleRule
    where TResource : KubernetesObject
{
    internal override bool ComparesWithConfiguration => false;

    public sealed override void Run(RuleContext context)
    {
        foreach (var resource in (ComparesWithConfiguration ? context.Set : context.Input).OfKind<TResource>())
        {
            Check(resource, context);
        }
    }

    protected abstract void Check(TResource resource, RuleContext context);
}
