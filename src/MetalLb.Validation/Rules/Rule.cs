using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>
/// A check. It names the rules it reports (<see cref="Descriptors"/>, as a Roslyn analyzer lists its supported
/// diagnostics) and reports through the <see cref="RuleContext"/>; the engine decides whether it runs (mode, release,
/// disabled ids) and keeps or drops each finding (suppressions, severity overrides).
/// Build your own with <c>Rule.ForEach</c> or <c>Rule.ForSet</c>.
/// </summary>
public abstract class Rule
{
    private protected Rule()
    {
    }

    /// <summary>The rules this check reports; it reports no other.</summary>
    public abstract IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>
    /// True when the check compares objects with one another (references, overlaps, per-node views): it sees only the
    /// objects MetalLB reads, and its findings must hold whatever value a Flux <c>${VAR}</c> placeholder takes.
    /// </summary>
    internal abstract bool ComparesWithConfiguration { get; }

    internal abstract void Check(RuleContext context);

    /// <summary>
    /// A check of each object of one kind. With <paramref name="comparesWithConfiguration"/> false it looks at the
    /// object alone and runs on every object given; true, it reads other objects too and runs only on the objects
    /// MetalLB reads (those of its namespace).
    /// </summary>
    public static Rule ForEach<TResource>(RuleDescriptor descriptor, Action<TResource, RuleContext> check, bool comparesWithConfiguration = false)
        where TResource : KubernetesObject
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(check);
        return new EachObjectRule<TResource>([descriptor], check, comparesWithConfiguration);
    }

    /// <summary>A check of the whole configuration MetalLB reads.</summary>
    public static Rule ForSet(RuleDescriptor descriptor, Action<RuleContext> check)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(check);
        return new SetRule([descriptor], check);
    }

    /// <summary>A check that reports several rules (a family of rows, say).</summary>
    internal static Rule ForEach<TResource>(IReadOnlyList<RuleDescriptor> descriptors, Action<TResource, RuleContext> check, bool comparesWithConfiguration = false)
        where TResource : KubernetesObject => new EachObjectRule<TResource>(descriptors, check, comparesWithConfiguration);

    /// <summary>A whole-set check that reports several rules.</summary>
    internal static Rule ForSet(IReadOnlyList<RuleDescriptor> descriptors, Action<RuleContext> check) => new SetRule(descriptors, check);
}
