using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0111: a serviceAllocation namespace that is not among the Namespaces given. Runs only when the input holds
/// Namespaces; MetalLB does not check the names.
/// </summary>
internal sealed class PoolUnknownNamespaceRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0111", "IPAddressPool serviceAllocation names a namespace that was not given", RuleCategory.Pools, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(IpAddressPool.KindName, "serviceAllocation"));

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Set.Namespaces.Count == 0)
        {
            return;
        }

        var known = context.Set.Namespaces.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var namespaces = resource.ServiceAllocation?.Namespaces ?? [];
        for (var i = 0; i < namespaces.Count; i++)
        {
            if (!known.Contains(namespaces[i]))
            {
                context.Report(resource, $"spec.serviceAllocation.namespaces[{i}]",
                    $"namespace \"{namespaces[i]}\" is not among the {known.Count} Namespaces given, so the pool serves no Service there until it is created; check the spelling");
            }
        }
    }
}
