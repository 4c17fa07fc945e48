using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules;

/// <summary>
/// One check. A rule is stateless: it reads the configuration from the <see cref="RuleContext"/> and reports
/// findings through it. Derive from <see cref="ResourceRule{TResource}"/> for checks of one object at a time.
/// </summary>
public abstract class Rule
{
    /// <summary>What the rule is.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Runs the check.</summary>
    public abstract void Check(RuleContext context);
}
