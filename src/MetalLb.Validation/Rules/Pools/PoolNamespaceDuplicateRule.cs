using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Selectors;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>MLB0108: a namespace listed twice in serviceAllocation.namespaces.</summary>
internal sealed class PoolNamespaceDuplicateRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0108", "IPAddressPool serviceAllocation lists a namespace twice", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition in namespaces field",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var namespaces = resource.ServiceAllocation?.Namespaces ?? [];
        foreach (var (index, first) in ListDuplicates.In(namespaces))
        {
            context.Report(resource, $"spec.serviceAllocation.namespaces[{index}]",
                $"namespace \"{namespaces[index]}\" is already listed at spec.serviceAllocation.namespaces[{first}]; MetalLB rejects the pool, remove the repeat");
        }
    }
}
