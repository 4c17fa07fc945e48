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
    /// True when the check reads other objects (references, indexes, nodes): then it runs only on objects MetalLB reads,
    /// since an object in another namespace is never compared with the configuration by MetalLB.
    /// </summary>
    internal virtual bool ComparesWithConfiguration => false;

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
