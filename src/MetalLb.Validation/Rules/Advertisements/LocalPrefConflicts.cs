using System.Net.Sockets;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>
/// Pairs of BGPAdvertisements that announce the same pool with different localPref in a way MetalLB cannot tell apart
/// (<c>BGPAdvertisementsHaveCompatibleLocalPref</c>): both without serviceSelectors, aggregation lengths not different
/// for the pool's families, peers lists not disjoint. <see cref="Conflict.NodesUnknown"/> marks pairs whose node sets
/// cannot be intersected because the input names no node at all (MetalLB then sees no conflict).
/// </summary>
internal sealed class LocalPrefConflicts
{
    public LocalPrefConflicts(RuleContext context)
    {
        var index = AdvertisementIndex.For(context);
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

        All = found.Values.ToList();
    }

    public IReadOnlyList<Conflict> All { get; }

    public static LocalPrefConflicts For(RuleContext context) => context.Shared(c => new LocalPrefConflicts(c));

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

    /// <summary>One conflicting pair: <paramref name="Later"/> comes after <paramref name="Earlier"/> in the input.</summary>
    internal sealed record Conflict(BgpAdvertisement Later, BgpAdvertisement Earlier, IReadOnlyList<IpAddressPool> Pools, bool NodesUnknown, string? Guess = null)
    {
        public string PoolNames => string.Join(", ", Pools.Select(p => $"\"{p.Name}\""));
    }
}
