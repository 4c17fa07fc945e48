using System.Net.Sockets;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Validators;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>The Pools checks: the IPAddressPool validator, and the checks that compare pools with other objects.</summary>
internal static class PoolsChecks
{
    public static Rule[] All { get; } =
    [
        new ValidatorRule<IpAddressPool>((IpAddressPoolValidator)MetalLbValidators.IpAddressPool),
        Rule.ForSet(MetalLbRules.PoolOverlap, Overlap),
        Rule.ForEach<IpAddressPool>(MetalLbRules.PoolNamespaceUnknown, NamespaceUnknown, comparesWithConfiguration: true),
        Rule.ForEach<IpAddressPool>(MetalLbRules.PoolNotAdvertised, NotAdvertised, comparesWithConfiguration: true),
        PoolContainsNodeOrRouterAddress.Rule,
    ];

    /// <summary>
    /// MLB0104: a pool entry shares addresses with an entry defined before it, in the same pool or another. Every such
    /// entry is reported once, naming one earlier entry it overlaps; O(n log n) instead of MetalLB's all-pairs check.
    /// </summary>
    private static void Overlap(RuleContext context)
    {
        // Most clusters have no overlap, which the index says without listing every entry of the run.
        var index = PoolEntryIndex.For(context);
        if (!index.HasOverlap(AddressFamily.InterNetwork) && !index.HasOverlap(AddressFamily.InterNetworkV6))
        {
            return;
        }

        foreach (var (later, earlier) in OverlapFinder.Find(PoolEntry.All(context), index))
        {
            var where = ReferenceEquals(later.Pool, earlier.Pool) ? "in the same pool" : $"in IPAddressPool \"{earlier.Pool.Name}\"";
            var family = later.Address.Family == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
            context.Report(MetalLbRules.PoolOverlap, later.Pool, $"spec.addresses[{later.Index}]",
                $"\"{later.Address.Text}\" overlaps \"{earlier.Address.Text}\" {where} ({family}); MetalLB rejects the whole configuration. Give each address to one pool only",
                related: [RuleContext.Related(earlier.Pool, $"spec.addresses[{earlier.Index}]", $"the earlier entry \"{earlier.Address.Text}\"")]);
        }
    }

    /// <summary>MLB0111: a serviceAllocation namespace that is not among the Namespaces given (when any are); MetalLB does not check the names.</summary>
    private static void NamespaceUnknown(IpAddressPool pool, RuleContext context)
    {
        var known = context.Set.Namespaces.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var namespaces = IpAddressPoolValidator.Namespaces(pool);
        for (var i = 0; i < namespaces.Count && known.Count > 0; i++)
        {
            if (!known.Contains(namespaces[i]))
            {
                context.Report(MetalLbRules.PoolNamespaceUnknown, pool, $"spec.serviceAllocation.namespaces[{i}]",
                    $"namespace \"{namespaces[i]}\" is not among the {known.Count} Namespaces given, so the pool serves no Service there until it is created; check the spelling");
            }
        }
    }

    /// <summary>
    /// MLB0112: an auto-assigning IPAddressPool that no L2Advertisement or BGPAdvertisement selects. MetalLB's controller
    /// still hands its addresses to LoadBalancer Services (the allocator does not look at advertisements), but the
    /// speakers announce only pools an advertisement selects, so nothing makes those addresses reachable. The admission
    /// handler drops it: there the advertisement usually arrives in the next request.
    /// </summary>
    private static void NotAdvertised(IpAddressPool pool, RuleContext context)
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
