using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>The localPref checks: conflicts between BGPAdvertisements (MLB0309, MLB0310) and localPref toward eBGP only (MLB0315).</summary>
internal static class LocalPref
{
    /// <summary>
    /// MLB0309: pairs of BGPAdvertisements that announce the same pool with different localPref in a way MetalLB cannot
    /// tell apart (<c>BGPAdvertisementsHaveCompatibleLocalPref</c>): both without serviceSelectors, aggregation lengths
    /// not different for the pool's families, peers lists not disjoint, a common node. MLB0310: the same pair when the
    /// input names no node at all, so node sets cannot be intersected (MetalLB then sees no conflict).
    /// </summary>
    public static Rule Conflicts { get; } = Rule.ForSet([MetalLbRules.LocalPrefConflict, MetalLbRules.LocalPrefConflictWithoutNodes], CheckConflicts);

    /// <summary>MLB0315: localPref set, but every peer the advertisement targets is eBGP, where LOCAL_PREF is not sent.</summary>
    public static Rule OnEbgpOnly { get; } = Rule.ForEach<BgpAdvertisement>(MetalLbRules.LocalPrefOnEbgpOnly, CheckEbgpOnly, comparesWithConfiguration: true);

    private static void CheckConflicts(RuleContext context)
    {
        var conflicts = Find(context);
        foreach (var c in conflicts.Where(c => !c.NodesUnknown))
        {
            context.Report(
                MetalLbRules.LocalPrefConflict,
                c.Later,
                "spec.localPref",
                $"localPref {c.Later.LocalPref} conflicts with localPref {c.Earlier.LocalPref} of BGPAdvertisement \"{c.Earlier.Name}\": both announce pool {c.PoolNames} with the same aggregation, to overlapping peers, from at least one common node{(c.Guess is null ? string.Empty : $" ({c.Guess})")}, so a route would carry two LOCAL_PREF values. MetalLB rejects the configuration. Use the same localPref, or separate them by peers, nodeSelectors or aggregation length",
                severity: c.Guess is null ? null : DiagnosticSeverity.Warning);
        }

        foreach (var c in conflicts.Where(c => c.NodesUnknown))
        {
            var scope = c.Later.NodeSelectors.Count == 0 && c.Earlier.NodeSelectors.Count == 0
                ? "Neither has nodeSelectors, so in any cluster with a node MetalLB rejects this"
                : "MetalLB rejects this if some node matches the nodeSelectors of both";
            context.Report(
                MetalLbRules.LocalPrefConflictWithoutNodes,
                c.Later,
                "spec.localPref",
                $"localPref {c.Later.LocalPref} differs from localPref {c.Earlier.LocalPref} of BGPAdvertisement \"{c.Earlier.Name}\" for pool {c.PoolNames}, with the same aggregation and overlapping peers. No Node objects or interface data were given, and MetalLB treats an empty node list as \"no common node\", so it accepts this here. {scope}. Add the cluster's Node objects (kubectl get nodes -o yaml) to decide");
        }
    }

    private static List<Conflict> Find(RuleContext context)
    {
        var nodes = ClusterNodes.For(context);
        var found = new Dictionary<(BgpAdvertisement, BgpAdvertisement), Conflict>();
        foreach (var pool in context.Set.Pools)
        {
            var attached = new List<BgpAdvertisement>();
            foreach (var ad in PoolAdvertisements.For(context).Of(pool))
            {
                foreach (var earlier in attached)
                {
                    if (!Compatible(pool, earlier, ad, nodes, out var nodesUnknown, out var guess))
                    {
                        var key = (ad, earlier);
                        found[key] = found.TryGetValue(key, out var known)
                            ? known with { Pools = [.. known.Pools, pool] }
                            : new Conflict(ad, earlier, [pool], nodesUnknown, guess);
                    }
                }

                attached.Add(ad);
            }
        }

        return found.Values.ToList();
    }

    private static bool Compatible(IpAddressPool pool, BgpAdvertisement a, BgpAdvertisement b, ClusterNodes nodes, out bool nodesUnknown, out string? guess)
    {
        nodesUnknown = false;
        guess = null;
        if (a.ServiceSelectors.Count > 0 || b.ServiceSelectors.Count > 0 || a.LocalPref == b.LocalPref || AggregationDiffers(pool, a, b))
        {
            return true;
        }

        if (a.Peers.Count > 0 && b.Peers.Count > 0 && !a.Peers.Intersect(b.Peers, StringComparer.Ordinal).Any())
        {
            return true;
        }

        if (nodes.IsEmpty)
        {
            nodesUnknown = true;
            return false;
        }

        if (nodes.HasLabels)
        {
            return !nodes.Selected(a.NodeSelectors).Overlaps(nodes.Selected(b.NodeSelectors));
        }

        var common = nodes.Selected(a.NodeSelectors).Where(nodes.Selected(b.NodeSelectors).Contains).Order(StringComparer.Ordinal).ToList();
        if (common.Count == 0)
        {
            return true;
        }

        // Nodes known only from interface data may share the advertisements only through labels nobody gave.
        var guesses = common.Select(n => (Node: n, Keys: nodes.AssumedAbsent(a.NodeSelectors, n).Union(nodes.AssumedAbsent(b.NodeSelectors, n), StringComparer.Ordinal).ToList())).ToList();
        if (guesses.All(g => g.Keys.Count > 0))
        {
            guess = LabelGuess.Clause(guesses[0].Node, guesses[0].Keys);
        }

        return false;
    }

    private static bool AggregationDiffers(IpAddressPool pool, BgpAdvertisement a, BgpAdvertisement b)
    {
        var v4 = AdvertisementIndex.HasFamily(pool, AddressFamily.InterNetwork);
        var v6 = AdvertisementIndex.HasFamily(pool, AddressFamily.InterNetworkV6);
        var v4Differs = (a.AggregationLength ?? 32) != (b.AggregationLength ?? 32);
        var v6Differs = (a.AggregationLengthV6 ?? 128) != (b.AggregationLengthV6 ?? 128);
        return (v4, v6) switch
        {
            (true, true) => v4Differs && v6Differs,
            (true, false) => v4Differs,
            (false, true) => v6Differs,
            _ => true,
        };
    }

    private static void CheckEbgpOnly(BgpAdvertisement ad, RuleContext context)
    {
        var peers = ad.LocalPref == 0 ? [] : AdvertisementIndex.For(context).Peers(ad);
        if (peers.Count > 0 && peers.All(IsExternal))
        {
            var names = string.Join(", ", peers.Take(5).Select(p => $"\"{p.Name}\""));
            context.Report(MetalLbRules.LocalPrefOnEbgpOnly, ad, "spec.localPref", $"localPref {ad.LocalPref} does nothing here: every targeted peer ({names}{(peers.Count > 5 ? ", ..." : string.Empty)}) is eBGP (peerASN differs from myASN), and LOCAL_PREF travels only on iBGP sessions. Remove localPref, or use communities to steer eBGP routers");
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
