using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0112: an auto-assigning IPAddressPool that no L2Advertisement or BGPAdvertisement selects. MetalLB's controller
/// still hands its addresses to LoadBalancer Services (the allocator does not look at advertisements), but the
/// speakers announce only pools an advertisement selects, so nothing makes those addresses reachable. The admission
/// handler drops it: there the advertisement usually arrives in the next request.
/// </summary>
internal sealed class PoolNotAdvertisedRule : ResourceRule<IpAddressPool>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0112", "Auto-assign IPAddressPool is announced by no advertisement", RuleCategory.Pools, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(IpAddressPool resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.AutoAssign == false || resource.Addresses.Count == 0)
        {
            return;
        }

        var announced = context.Shared(c =>
        {
            var index = AdvertisementIndex.For(c);
            return new AnnouncedPools(c.Set.L2Advertisements.SelectMany(index.Pools)
                .Concat(c.Set.BgpAdvertisements.SelectMany(index.Pools))
                .ToHashSet<IpAddressPool>(ReferenceEqualityComparer.Instance));
        });
        if (announced.Pools.Contains(resource))
        {
            return;
        }

        var none = context.Set.L2Advertisements.Count + context.Set.BgpAdvertisements.Count == 0
            ? "the input has no L2Advertisement or BGPAdvertisement at all"
            : "no L2Advertisement or BGPAdvertisement selects it (by ipAddressPools, by ipAddressPoolSelectors, or by selecting every pool)";
        context.Report(
            resource,
            "metadata.name",
            $"IPAddressPool \"{resource.Name}\" auto-assigns, but {none}. MetalLB's controller still gives its addresses to LoadBalancer Services, and no speaker announces them (no ARP/NDP replies, no BGP routes), so those Services are unreachable from outside the cluster. Add an L2Advertisement or BGPAdvertisement that lists \"{resource.Name}\" in spec.ipAddressPools, or set spec.autoAssign: false if the pool is only handed out on request and announced by other means");
    }

    /// <summary>The pools some advertisement selects; one per run.</summary>
    private sealed record AnnouncedPools(HashSet<IpAddressPool> Pools);
}
