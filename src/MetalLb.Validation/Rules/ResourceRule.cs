using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>A rule that looks at each object of one kind on its own (and may read the rest of the set).</summary>
/// <remarks>
/// Objects MetalLB does not read (MetalLB objects in another namespace) are checked only by rules that look at the
/// object alone; a rule that compares the object with the rest of the configuration says so with
/// <see cref="ComparesWithConfiguration"/> and sees only the objects MetalLB reads.
/// </remarks>
public abstract class ResourceRule<TResource> : Rule, ISingleResourceRule
    where TResource : KubernetesObject
{
    void ISingleResourceRule.CheckOne(KubernetesObject resource, RuleContext context)
    {
        if (resource is TResource typed && (!ComparesWithConfiguration || context.IsReadByMetalLb(typed)))
        {
            Check(typed, context);
        }
    }

    /// <inheritdoc />
    public sealed override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(TResource)];

    /// <summary>
    /// False: the check looks at the object alone. A rule that reads other objects (references, indexes, nodes)
    /// overrides it to true; then it runs only on objects MetalLB reads, since MetalLB never compares an object of
    /// another namespace with its configuration.
    /// </summary>
    internal override bool ComparesWithConfiguration => false;

    /// <inheritdoc />
    public sealed override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var resource in (ComparesWithConfiguration ? context.Set : context.Input).OfKind<TResource>())
        {
            Check(resource, context);
        }
    }

    /// <summary>Checks one object.</summary>
    protected abstract void Check(TResource resource, RuleContext context);
}
