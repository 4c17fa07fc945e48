using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0112: an auto-assigning IPAddressPool that no L2Advertisement or BGPAdvertisement selects. MetalLB's controller
/// still hands its addresses to LoadBalancer Services (the allocator does not look at advertisements), but the
/// speakers announce only pools an advertisement selects, so nothing makes those addresses reachable. The admission
/// handler drops it: there the advertisement usually arrives in the next request.
/// </summary>
internal static class PoolNotAdvertised
{
    public static Rule Rule { get; } = Rule.ForEach<IpAddressPool>(MetalLbRules.PoolNotAdvertised, Check, comparesWithConfiguration: true);

    private static void Check(IpAddressPool pool, RuleContext context)
    {
        if (pool.AutoAssign == false || pool.Addresses.Count == 0 || context.Shared(Announced).Pools.Contains(pool))
        {
            return;
        }

        var none = context.Set.L2Advertisements.Count + context.Set.BgpAdvertisements.Count == 0
            ? "the input has no L2Advertisement or BGPAdvertisement at all"
            : "no L2Advertisement or BGPAdvertisement selects it (by ipAddressPools, by ipAddressPoolSelectors, or by selecting every pool)";
        context.Report(MetalLbRules.PoolNotAdvertised, pool, "metadata.name",
            $"IPAddressPool \"{pool.Name}\" auto-assigns, but {none}. MetalLB's controller still gives its addresses to LoadBalancer Services, and no speaker announces them (no ARP/NDP replies, no BGP routes), so those Services are unreachable from outside the cluster. Add an L2Advertisement or BGPAdvertisement that lists \"{pool.Name}\" in spec.ipAddressPools, or set spec.autoAssign: false if the pool is only handed out on request and announced by other means");
    }

    private static AnnouncedPools Announced(RuleContext context)
    {
        var index = AdvertisementIndex.For(context);
        return new(context.Set.L2Advertisements.SelectMany(index.Pools).Concat(context.Set.BgpAdvertisements.SelectMany(index.Pools))
            .ToHashSet<IpAddressPool>(ReferenceEqualityComparer.Instance));
    }

    /// <summary>The pools some advertisement selects; one per run.</summary>
    private sealed record AnnouncedPools(HashSet<IpAddressPool> Pools);
}
