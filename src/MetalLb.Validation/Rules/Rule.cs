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

    /// <summary>
    /// True when the rule compares objects with one another (references, overlaps, per-node views): it sees only the
    /// objects MetalLB reads, and its findings must hold whatever value a Flux <c>${VAR}</c> placeholder takes.
    /// </summary>
    internal virtual bool ComparesWithConfiguration => true;

    /// <summary>
    /// The kinds of object (model types) this rule's findings are about, or null for any kind. A
    /// <see cref="PreparedConfiguration"/> skips the rule for changes that contain none of these kinds, since it keeps
    /// only findings about the changed objects. Reporting on another kind is a bug the engine turns into MLB0000.
    /// </summary>
    public virtual IReadOnlyCollection<Type>? ReportsOn => null;

    /// <summary>Runs the check.</summary>
    public abstract void Check(RuleContext context);
}
