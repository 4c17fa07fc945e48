using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>A rule that looks at each object of one kind on its own (and may read the rest of the set).</summary>
public abstract class ResourceRule<TResource> : Rule, ISingleResourceRule
    where TResource : KubernetesObject
{
    void ISingleResourceRule.CheckOne(KubernetesObject resource, RuleContext context)
    {
        if (resource is TResource typed)
        {
            Check(typed, context);
        }
    }

    /// <inheritdoc />
    public sealed override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(TResource)];

    /// <inheritdoc />
    public sealed override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var resource in context.Set.OfKind<TResource>())
        {
            Check(resource, context);
        }
    }

    /// <summary>Checks one object.</summary>
    protected abstract void Check(TResource resource, RuleContext context);
}
