using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>MLB0108: a namespace listed twice in serviceAllocation.namespaces.</summary>
public sealed class PoolNamespaceDuplicateRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0108", "IPAddressPool serviceAllocation lists a namespace twice", RuleCategory.Pools, Severity.Error,
        MetalLbMessage: "duplicate definition in namespaces field");

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var namespaces = resource.ServiceAllocation?.Namespaces ?? [];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < namespaces.Count; i++)
        {
            if (!seen.TryAdd(namespaces[i], i))
            {
                context.Report(resource, $"spec.serviceAllocation.namespaces[{i}]",
                    $"namespace \"{namespaces[i]}\" is already listed at spec.serviceAllocation.namespaces[{seen[namespaces[i]]}]; MetalLB rejects the pool, remove the repeat");
            }
        }
    }
}
