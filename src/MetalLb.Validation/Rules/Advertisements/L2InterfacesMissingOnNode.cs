using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>
/// MLB0408: an L2Advertisement with <c>interfaces</c> selects a node that has none of them, as the speaker sees its
/// interfaces. The speaker's election (<c>speaker/layer2_controller.go</c>, <c>ShouldAnnounce</c>) ignores interfaces,
/// so the node still wins its share of the pool's addresses; then <c>SetBalancer</c> finds none of the listed
/// interfaces among the node's (<c>IPAdvertisement.MatchInterfaces</c> over <c>Announce.GetInterfaces</c>), emits an
/// <c>announceFailed</c> event and announces nothing. The speaker's interface list leaves out the names matching
/// <c>announcedInterfacesToExclude</c> (<see cref="L2InterfaceExclusion"/>), so listing only such interfaces fails the
/// same way on every node, interface data or not. Another L2Advertisement selecting the same pool and node with all
/// interfaces, or with one the speaker has there, rescues it (MetalLB merges the interfaces of every advertisement of
/// the node). Nodes excluded from load balancers are never candidates (<c>speakersForAds</c>) and are skipped.
/// </summary>
internal static class L2InterfacesMissingOnNode
{
    public static Rule Rule { get; } = Rule.ForSet(MetalLbRules.L2InterfacesMissingOnNode, Check);

    private static void Check(RuleContext context)
    {
        var topology = ClusterModel.For(context);
        var exclusion = L2InterfaceExclusion.For(context.Options.MetalLbVersion);
        bool Usable(string name) => exclusion?.Excluding(name) is null;
        var index = AdvertisementIndex.For(context);

        // The nodes, sorted, that can announce and have interface data but none of the interfaces listed.
        IReadOnlyList<string> Lacking(IEnumerable<string> listed) =>
            topology.LackingEvery([.. listed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

        foreach (var ad in topology.IsOverBudget ? [] : context.Set.L2Advertisements.Where(a => a.Interfaces.Count > 0 && index.Pools(a).Count > 0))
        {
            // The pools of ad that no other advertisement announces on node (null: any node) through an interface
            // in present (null: interfaces unknown, any usable one is taken to be there). Only advertisements sharing
            // a pool with ad can rescue it; they are found once per ad rather than once per node and pool.
            var pools = index.Pools(ad);
            List<L2Advertisement>? sharing = null;
            List<L2Advertisement> Sharing()
            {
                if (sharing is null)
                {
                    var mine = pools.ToHashSet();
                    sharing = [.. context.Set.L2Advertisements.Where(other => !ReferenceEquals(other, ad) && index.Pools(other).Any(mine.Contains))];
                }

                return sharing;
            }

            List<string> Stranded(string? node, IReadOnlySet<string>? present) => pools.Where(pool => !Sharing().Any(other =>
                (other.Interfaces.Count == 0 || other.Interfaces.Any(i => Usable(i) && (present is null || present.Contains(i))))
                && (node is null || topology.Selected(other.NodeSelectors).Contains(node))
                && index.Pools(other).Contains(pool))).Select(p => p.Name ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();

            string ExcludedNote() => exclusion?.Describe(ad.Interfaces) ?? string.Empty;
            if (!ad.Interfaces.Any(Usable))
            {
                ReportExcludedOnly(context, topology, ad, ExcludedNote(), Stranded);
                continue;
            }

            // Most nodes have a listed interface: the few that lack all of them are found once per list of interfaces
            // (advertisements repeat lists), then each advertisement looks only at those it selects. This runs on every
            // request of the webhook.
            var selected = topology.Selected(ad.NodeSelectors);
            foreach (var name in Lacking(ad.Interfaces.Where(Usable)))
            {
                if (!selected.Contains(name))
                {
                    continue;
                }

                var node = topology.Node(name)!;
                var present = node.Interfaces.Select(i => i.Name).Where(Usable).ToHashSet(StringComparer.Ordinal);
                if (Stranded(name, present) is not { Count: > 0 } stranded)
                {
                    continue;
                }

                var has = present.Order(StringComparer.Ordinal).ToList();
                var list = has.Count == 0 ? "none" : $"{string.Join(", ", has.Take(8))}{(has.Count > 8 ? ", ..." : string.Empty)}";
                context.Report(
                    MetalLbRules.L2InterfacesMissingOnNode,
                    ad,
                    "spec.interfaces",
                    $"node {name} has none of the interfaces listed ({string.Join(", ", ad.Interfaces)}) among those the speaker announces on; it has {list} (from {node.InterfaceOrigin}){ExcludedNote()}. The layer 2 election ignores interfaces, so {name} still wins some addresses of pool {string.Join(", ", stranded)}, then finds no listed interface, reports 'announceFailed' on the Service and announces nothing: those Services are unreachable. List the interface {name} uses on that network, or leave {name} out with spec.nodeSelectors",
                    name);
            }
        }
    }

    /// <summary>Every listed interface is one the speaker leaves out: the advertisement fails on every node it selects.</summary>
    private static void ReportExcludedOnly(RuleContext context, ClusterModel topology, L2Advertisement ad, string excludedNote, Func<string?, IReadOnlySet<string>?, List<string>> stranded)
    {
        var nodes = new List<string>();
        var pools = topology.NodesKnown ? [] : stranded(null, null);
        foreach (var name in topology.NodesKnown ? topology.Select(ad.NodeSelectors) : [])
        {
            if (topology.Node(name) is { ExcludedFromLoadBalancers: false } node
                && stranded(name, node.HasInterfaces ? node.Interfaces.Select(i => i.Name).ToHashSet(StringComparer.Ordinal) : null) is { Count: > 0 } lost)
            {
                nodes.Add(name);
                pools.AddRange(lost.Except(pools, StringComparer.Ordinal));
            }
        }

        if (pools.Count == 0)
        {
            return;
        }

        var where = !topology.NodesKnown ? "whichever node wins an address" : nodes.Count == 1 ? $"node {nodes[0]}" : $"nodes {string.Join(", ", nodes.Take(5))}{(nodes.Count > 5 ? ", ..." : string.Empty)}";
        var s = nodes.Count > 1 ? string.Empty : "s";
        context.Report(
            MetalLbRules.L2InterfacesMissingOnNode,
            ad,
            "spec.interfaces",
            $"it lists only interfaces the speaker never announces on ({string.Join(", ", ad.Interfaces)}){excludedNote}. The layer 2 election ignores interfaces, so {where} still win{s} addresses of pool {string.Join(", ", pools)}, then find{s} no listed interface, report{s} 'announceFailed' on the Service and announce{s} nothing: those Services are unreachable. List the interface the nodes use on the pool's network (one no pattern excludes), or drop spec.interfaces to announce on every interface the speaker uses; if the interface is right, remove its pattern from announcedInterfacesToExclude in the metallb-excludel2 ConfigMap (Helm: speaker.excludeInterfaces.enabled: false drops the whole list)",
            nodes.Count == 1 ? nodes[0] : null);
    }
}
