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

        // The interfaces the speaker announces on, per node (null: unknown, or the node is never a candidate). Made once
        // a node and shared by every advertisement: 500 advertisements over 5,000 nodes made 2.5 million sets.
        var usable = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        HashSet<string>? Present(string name, NodeView? node)
        {
            if (!usable.TryGetValue(name, out var present))
            {
                present = node is { HasInterfaces: true, ExcludedFromLoadBalancers: false } ? node.Interfaces.Select(i => i.Name).Where(Usable).ToHashSet(StringComparer.Ordinal) : null;
                usable[name] = present;
            }

            return present;
        }

        // The selected nodes (in order) the speaker knows the interfaces of and that have none of the listed ones, per
        // selection and interface list: advertisements mostly share both, so each pair is looked at once.
        var lacking = new Dictionary<(IReadOnlyList<string> Nodes, string Interfaces), List<(string Name, NodeView Node, HashSet<string> Present)>>();
        List<(string Name, NodeView Node, HashSet<string> Present)> Lacking(L2Advertisement ad)
        {
            var nodes = topology.Select(ad.NodeSelectors);
            var key = (nodes, string.Concat(ad.Interfaces.Select(i => $"{i.Length}:{i}")));
            if (!lacking.TryGetValue(key, out var found))
            {
                found = [];
                foreach (var name in nodes)
                {
                    var node = topology.Node(name);
                    if (Present(name, node) is { } present && !ListsAny(ad.Interfaces, present))
                    {
                        found.Add((name, node!, present));
                    }
                }

                lacking[key] = found;
            }

            return found;
        }

        foreach (var ad in topology.IsOverBudget ? [] : context.Set.L2Advertisements.Where(a => a.Interfaces.Count > 0 && index.Pools(a).Count > 0))
        {
            // The pools of ad that no other advertisement announces on node (null: any node) through an interface
            // in present (null: interfaces unknown, any usable one is taken to be there).
            List<string> Stranded(string? node, IReadOnlySet<string>? present) => index.Pools(ad).Where(pool => !context.Set.L2Advertisements.Any(other =>
                !ReferenceEquals(other, ad)
                && (other.Interfaces.Count == 0 || other.Interfaces.Any(i => Usable(i) && (present is null || present.Contains(i))))
                && (node is null || topology.Selected(other.NodeSelectors).Contains(node))
                && index.Pools(other).Contains(pool))).Select(p => p.Name ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();

            var excludedNote = exclusion?.Describe(ad.Interfaces) ?? string.Empty;
            if (!ad.Interfaces.Any(Usable))
            {
                ReportExcludedOnly(context, topology, ad, excludedNote, Stranded);
                continue;
            }

            foreach (var (name, node, present) in Lacking(ad))
            {
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
                    $"node {name} has none of the interfaces listed ({string.Join(", ", ad.Interfaces)}) among those the speaker announces on; it has {list} (from {node.InterfaceOrigin}){excludedNote}. The layer 2 election ignores interfaces, so {name} still wins some addresses of pool {string.Join(", ", stranded)}, then finds no listed interface, reports 'announceFailed' on the Service and announces nothing: those Services are unreachable. List the interface {name} uses on that network, or leave {name} out with spec.nodeSelectors",
                    name);
            }
        }
    }

    /// <summary>Whether <paramref name="present"/> has one of <paramref name="listed"/>; runs for every (advertisement, node) pair, so it allocates nothing.</summary>
    private static bool ListsAny(IReadOnlyList<string> listed, HashSet<string> present)
    {
        for (var i = 0; i < listed.Count; i++)
        {
            if (present.Contains(listed[i]))
            {
                return true;
            }
        }

        return false;
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
