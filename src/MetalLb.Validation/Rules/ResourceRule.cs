using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>A rule that looks at each object of one kind on its own (and may read the rest of the set).</summary>
public abstract class ResourceRule<TResource> : Rule
    where TResource : KubernetesObject
{
    /// <inheritdoc />
    public sealed override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var resource in context.Set.Objects.OfType<TResource>())
        {
            Check(resource, context);
        }
    }

    /// <summary>Checks one object.</summary>
    protected abstract void Check(TResource resource, RuleContext context);
}
