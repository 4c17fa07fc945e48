using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>The BGPAdvertisement checks that read other objects: localPref conflicts (MLB0309, MLB0310), localPref toward eBGP only (MLB0315), aggregation wider than a pool (MLB0308).</summary>
internal static class BgpAdvertisementChecks
{
    /// <summary>
    /// MLB0309: pairs of BGPAdvertisements that announce the same pool with different localPref in a way MetalLB cannot
    /// tell apart (<c>BGPAdvertisementsHaveCompatibleLocalPref</c>): both without serviceSelectors, aggregation lengths
    /// not different for the pool's families, peers lists not disjoint, a common node. MLB0310: the same pair when the
    /// input names no node at all, so node sets cannot be intersected (MetalLB then sees no conflict).
    /// </summary>
    public static Rule LocalPrefConflicts { get; } = Rule.ForSet([MetalLbRules.LocalPrefConflict, MetalLbRules.LocalPrefConflictWithoutNodes], CheckConflicts);

    /// <summary>MLB0315: localPref set, but every peer the advertisement targets is eBGP, where LOCAL_PREF is not sent.</summary>
    public static Rule LocalPrefOnEbgpOnly { get; } = Rule.ForEach<BgpAdvertisement>(MetalLbRules.LocalPrefOnEbgpOnly, CheckEbgpOnly, comparesWithConfiguration: true);

    /// <summary>
    /// MLB0308: the aggregation length is shorter than a selected pool entry's widest prefix, so the aggregate would
    /// cover addresses outside the pool. Unlike MetalLB, the message gives the length of the entry's own family.
    /// </summary>
    public static Rule AggregationWiderThanPool { get; } = Rule.ForEach<BgpAdvertisement>(MetalLbRules.AggregationWiderThanPool, CheckAggregation, comparesWithConfiguration: true);

    private static void CheckConflicts(RuleContext context)
    {
        foreach (var c in Find(context))
        {
            var scope = c.Later.NodeSelectors.Count == 0 && c.Earlier.NodeSelectors.Count == 0
                ? "Neither has nodeSelectors, so in any cluster with a node MetalLB rejects this"
                : "MetalLB rejects this if some node matches the nodeSelectors of both";
            context.Report(
                c.NodesUnknown ? MetalLbRules.LocalPrefConflictWithoutNodes : MetalLbRules.LocalPrefConflict,
                c.Later,
                "spec.localPref",
                c.NodesUnknown
                    ? $"localPref {c.Later.LocalPref} differs from localPref {c.Earlier.LocalPref} of BGPAdvertisement \"{c.Earlier.Name}\" for pool {c.PoolNames}, with the same aggregation and overlapping peers. No Node objects or interface data were given, and MetalLB treats an empty node list as \"no common node\", so it accepts this here. {scope}. Add the cluster's Node objects (kubectl get nodes -o yaml) to decide"
                    : $"localPref {c.Later.LocalPref} conflicts with localPref {c.Earlier.LocalPref} of BGPAdvertisement \"{c.Earlier.Name}\": both announce pool {c.PoolNames} with the same aggregation, to overlapping peers, from at least one common node{(c.Guess is null ? string.Empty : $" ({c.Guess})")}, so a route would carry two LOCAL_PREF values. MetalLB rejects the configuration. Use the same localPref, or separate them by peers, nodeSelectors or aggregation length",
                severity: c.Guess is null ? null : DiagnosticSeverity.Warning);
        }
    }

    private static List<Conflict> Find(RuleContext context)
    {
        var nodes = ClusterModel.For(context);
        var found = new Dictionary<(BgpAdvertisement, BgpAdvertisement), Conflict>();
        foreach (var pool in context.Set.Pools)
        {
            var attached = new List<BgpAdvertisement>();
            foreach (var ad in AdvertisementIndex.For(context).Of(pool))
            {
                foreach (var earlier in attached)
                {
                    if (Clash(pool, earlier, ad, nodes) is var (nodesUnknown, guess))
                    {
                        found[(ad, earlier)] = found.TryGetValue((ad, earlier), out var known)
                            ? known with { Pools = [.. known.Pools, pool] }
                            : new Conflict(ad, earlier, [pool], nodesUnknown, guess);
                    }
                }

                attached.Add(ad);
            }
        }

        return found.Values.ToList();
    }

    /// <summary>Null when MetalLB tells <paramref name="a"/> and <paramref name="b"/> apart for <paramref name="pool"/>; else whether no node is known, and the label guess a common node rests on.</summary>
    private static (bool NodesUnknown, string? Guess)? Clash(IpAddressPool pool, BgpAdvertisement a, BgpAdvertisement b, ClusterModel nodes)
    {
        if (a.ServiceSelectors.Count > 0 || b.ServiceSelectors.Count > 0 || a.LocalPref == b.LocalPref || AggregationDiffers(pool, a, b)
            || (a.Peers.Count > 0 && b.Peers.Count > 0 && !a.Peers.Intersect(b.Peers, StringComparer.Ordinal).Any()))
        {
            return null;
        }

        if (nodes.IsEmpty || nodes.HasLabels)
        {
            return nodes.IsEmpty || nodes.Selected(a.NodeSelectors).Overlaps(nodes.Selected(b.NodeSelectors)) ? (nodes.IsEmpty, null) : null;
        }

        // Nodes known only from interface data may share the advertisements only through labels nobody gave.
        var guesses = nodes.Selected(a.NodeSelectors).Where(nodes.Selected(b.NodeSelectors).Contains).Order(StringComparer.Ordinal)
            .Select(n => (Node: n, Keys: nodes.AssumedAbsent(a.NodeSelectors, n).Union(nodes.AssumedAbsent(b.NodeSelectors, n), StringComparer.Ordinal).ToList())).ToList();
        return guesses.Count == 0 ? null : (false, guesses.All(g => g.Keys.Count > 0) ? LabelGuess.Clause(guesses[0].Node, guesses[0].Keys) : null);
    }

    /// <summary>True when the aggregation lengths differ for every family the pool has (a pool with neither differs).</summary>
    private static bool AggregationDiffers(IpAddressPool pool, BgpAdvertisement a, BgpAdvertisement b) =>
        (!AdvertisementIndex.HasFamily(pool, AddressFamily.InterNetwork) || (a.AggregationLength ?? 32) != (b.AggregationLength ?? 32))
        && (!AdvertisementIndex.HasFamily(pool, AddressFamily.InterNetworkV6) || (a.AggregationLengthV6 ?? 128) != (b.AggregationLengthV6 ?? 128));

    private static void CheckEbgpOnly(BgpAdvertisement ad, RuleContext context)
    {
        var peers = ad.LocalPref == 0 ? [] : AdvertisementIndex.For(context).Peers(ad);
        if (peers.Count > 0 && peers.All(IsExternal))
        {
            var names = string.Join(", ", peers.Take(5).Select(p => $"\"{p.Name}\""));
            context.Report(MetalLbRules.LocalPrefOnEbgpOnly, ad, "spec.localPref", $"localPref {ad.LocalPref} does nothing here: every targeted peer ({names}{(peers.Count > 5 ? ", ..." : string.Empty)}) is eBGP (peerASN differs from myASN), and LOCAL_PREF travels only on iBGP sessions. Remove localPref, or use communities to steer eBGP routers");
        }
    }

    private static void CheckAggregation(BgpAdvertisement ad, RuleContext context)
    {
        foreach (var (pool, entry) in AdvertisementIndex.For(context).Pools(ad).SelectMany(p => p.Addresses.Where(a => a.IsValid).Select(a => (p, a))))
        {
            var v6 = entry.Family == AddressFamily.InterNetworkV6;
            var (field, length) = v6 ? ("aggregationLengthV6", ad.AggregationLengthV6 ?? 128) : ("aggregationLength", ad.AggregationLength ?? 32);
            // Checked first: an entry is never wider than a full-length aggregate, and finding its widest prefix costs.
            if (length < (v6 ? 128 : 32) && length < entry.WidestPrefixLength)
            {
                context.Report(MetalLbRules.AggregationWiderThanPool, ad, $"spec.{field}", $"{field} {length} would announce more than IPAddressPool \"{pool.Name}\" owns: its entry \"{entry.Text}\" is no wider than /{entry.WidestPrefixLength}, so a /{length} aggregate covers addresses outside the pool. MetalLB rejects the configuration. Set {field} to {entry.WidestPrefixLength} or more, or select fewer pools");
            }
        }
    }

    private static bool IsExternal(BgpPeer peer) => peer.DynamicAsn switch
    {
        "external" => true,
        "internal" => false,
        _ => peer.PeerAsn is { } remote && peer.MyAsn is { } local && remote.Value != local.Value
            && (peer.LocalAsn is not { } alias || alias.Value != remote.Value),
    };

    /// <summary>One conflicting pair: <paramref name="Later"/> comes after <paramref name="Earlier"/> in the input.</summary>
    private sealed record Conflict(BgpAdvertisement Later, BgpAdvertisement Earlier, IReadOnlyList<IpAddressPool> Pools, bool NodesUnknown, string? Guess = null)
    {
        public string PoolNames => string.Join(", ", Pools.Select(p => $"\"{p.Name}\""));
    }
}
