using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules;

/// <summary>Runs a check once over the whole configuration MetalLB reads.</summary>
internal sealed class SetRule(IReadOnlyList<RuleDescriptor> descriptors, Action<RuleContext> check) : Rule
{
    public override IReadOnlyList<RuleDescriptor> Descriptors => descriptors;

    internal override bool ComparesWithConfiguration => true;

    internal override void Check(RuleContext context) => check(context);
}
