using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Pools;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// MLB0902: a sourceAddress that MetalLB itself hands out or announces: inside an IPAddressPool, or announced by L2.
/// MetalLB answers ARP/NDP for L2 addresses but never assigns them to an interface, so they cannot be a source by
/// themselves; an auto-assign pool may give the address to a Service.
/// </summary>
internal sealed class SourceAddressInPoolRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0902", "sourceAddress lies in an IPAddressPool or is announced by L2", RuleCategory.SourceAddress, DiagnosticSeverity.Error,
        Modes: BackendModes.Native | BackendModes.Frr);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HashSet<Model.MetalLb.IpAddressPool>? l2Pools = null;
        foreach (var peer in context.Set.Peers)
        {
            if (peer.SourceAddress?.Address is not { } source)
            {
                continue;
            }

            foreach (var (pool, _, entry, _) in PoolEntryIndex.For(context).Containing(source).DistinctBy(e => e.Pool))
            {
                // Pools any L2Advertisement announces, whether or not its nodes are known.
                l2Pools ??= context.Set.L2Advertisements.SelectMany(ad => AdvertisementIndex.For(context).Pools(ad)).ToHashSet();
                if (l2Pools.Contains(pool))
                {
                    context.Report(
                        peer,
                        "spec.sourceAddress",
                        $"sourceAddress {source} is in IPAddressPool \"{pool.Name}\" ({entry.Text}), which an L2Advertisement announces: MetalLB answers ARP/NDP for it on one elected node but never assigns it to an interface, so a session cannot bind to it. Use an address assigned on the node (a loopback VIP) outside every pool");
                }
                else
                {
                    var how = pool.AutoAssign == false ? "a Service that asks for it by annotation or loadBalancerIP gets it" : "the pool auto-assigns, so any LoadBalancer Service may get it";
                    context.Report(
                        peer,
                        "spec.sourceAddress",
                        $"sourceAddress {source} is in IPAddressPool \"{pool.Name}\" ({entry.Text}): {how}, and the address would then be announced for the Service while the BGP session is bound to it. Take {source} out of the pool",
                        severity: DiagnosticSeverity.Warning);
                }
            }
        }
    }
}
