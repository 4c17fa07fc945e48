using System.Globalization;
using System.Net;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Readers;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.SourceAddress;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>
/// The Nodes checks: functions over the run's <see cref="ClusterModel"/>. Those that claim a selector matches no node
/// stay silent when no Node object is given, and every per-node check when the model is over its pair budget (MLB1006).
/// </summary>
internal static class NodesChecks
{
    public static Rule[] All { get; } =
    [
        Rule.ForSet(MetalLbRules.AdvertisementOnlyOnExcludedNodes, AdvertisementOnlyOnExcludedNodes),
        Rule.ForEach<NodeNetworkState>(MetalLbRules.InterfaceDataUnknownNode, InterfaceDataUnknownNode, comparesWithConfiguration: true),
        OnLabelledNodes<BgpAdvertisement>(MetalLbRules.NodeAdvertisesWithoutSession, NodeAdvertisesWithoutSession),
        Rule.ForSet(MetalLbRules.NodeSourcesDiffer, NodeSourcesDiffer),
        Rule.ForSet(MetalLbRules.NodeWithoutInterfaces, NodeWithoutInterfaces),
        OnLabelledNodes<BgpPeer>(MetalLbRules.PeerSelectsNoNode, PeerSelectsNoNode),
        Rule.ForSet(MetalLbRules.RouterIdCollision, RouterIdCollision),
        Rule.ForSet(MetalLbRules.TopologyTooLarge, TopologyTooLarge),
    ];

    /// <summary>A check of each object when Node objects are given and the model is within its budget.</summary>
    private static Rule OnLabelledNodes<T>(RuleDescriptor rule, Action<T, ClusterModel, RuleContext> check)
        where T : KubernetesObject => Rule.ForEach<T>(rule, (o, context) =>
        {
            if (ClusterModel.For(context) is { HasLabels: true, IsOverBudget: false } model)
            {
                check(o, model, context);
            }
        }, comparesWithConfiguration: true);

    /// <summary>MLB0909: every node the advertisement selects carries the exclusion label, so its pools are announced from nowhere.</summary>
    private static void AdvertisementOnlyOnExcludedNodes(RuleContext context)
    {
        var model = ClusterModel.For(context);
        if (!model.HonorsExclusion || !model.HasLabels || model.IsOverBudget)
        {
            return;
        }

        var index = model.Advertisements;
        var ads = context.Set.BgpAdvertisements.Select(a => ((KubernetesObject)a, a.NodeSelectors, "BGP", index.Pools(a)))
            .Concat(context.Set.L2Advertisements.Select(a => ((KubernetesObject)a, a.NodeSelectors, "L2", index.Pools(a)))).ToList();
        foreach (var (ad, selectors, how, adPools) in ads)
        {
            var selected = model.Select(selectors);
            var pools = adPools.Select(p => p.Name ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
            if (selected.Count == 0 || !selected.All(model.IsExcluded) || pools.Count == 0)
            {
                continue;
            }

            // Pools another advertisement of the same protocol still announces from a node without the label.
            var announcing = ads.Where(o => o.Item3 == how && !ReferenceEquals(o.Item1, ad) && model.Select(o.NodeSelectors).Any(n => !model.IsExcluded(n)))
                .SelectMany(o => o.Item4).Select(p => p.Name ?? string.Empty).ToHashSet(StringComparer.Ordinal);
            var lost = pools.Where(p => !announcing.Contains(p)).ToList();
            var kept = pools.Where(announcing.Contains).ToList();
            var effect = lost.Count == 0
                ? $"so this advertisement announces nothing (pools {string.Join(", ", kept)} are announced by {how} only through other advertisements, from their nodes)"
                : $"so pools {string.Join(", ", lost)} are announced by {how} from no node{(kept.Count == 0 ? string.Empty : $" (pools {string.Join(", ", kept)} only through other advertisements)")}";
            context.Report(MetalLbRules.AdvertisementOnlyOnExcludedNodes, ad, selectors.Count == 0 ? "spec" : "spec.nodeSelectors",
                $"every node it selects ({string.Join(", ", selected)}) is labelled {ClusterModel.ExcludeFromLoadBalancersLabel}, and the speaker announces nothing from such nodes (it still opens their BGP sessions), {effect}. Select nodes without the label, remove the label from the nodes meant to announce, or run the speaker with --ignore-exclude-lb (Helm speaker.ignoreExcludeLB, MetalLB {MetalLbRelease.IgnoreExcludeLbFlagFrom} and later)");
        }
    }

    /// <summary>MLB1008: interface data for a node none of the Node objects is (they are the cluster), so no check uses it.</summary>
    private static void InterfaceDataUnknownNode(NodeNetworkState state, RuleContext context)
    {
        var model = ClusterModel.For(context);
        if (!model.Unmatched.Contains(state.NodeName, StringComparer.Ordinal))
        {
            return;
        }

        var closest = FieldNames.Closest(state.NodeName, model.NodeObjects.Keys);
        var fix = state.Origin switch
        {
            NodeNetworkState.KindName => "Name the NodeNetworkState after its node (metadata.name), or add the node's Node object",
            IpAddressJsonReader.Origin => $"Pass the node's name as the cluster knows it ('--ip-addr {closest ?? "NODE"}=FILE'), or add the node's Node object",
            _ => "Use the node's name as the cluster knows it, or add the node's Node object",
        };
        context.Report(MetalLbRules.InterfaceDataUnknownNode, state, null,
            $"interface data from {state.Origin} is for node '{state.NodeName}', which none of the {model.NodeObjects.Count} Node object(s) given is{(closest is null ? string.Empty : $"; did you mean '{closest}'?")} The Node objects are the cluster, so these interfaces belong to no node and no sourceAddress or interface check uses them. {fix}", state.NodeName);
    }

    /// <summary>MLB1004: a node selected by a BGPAdvertisement has no session it could use (none, or none of spec.peers).</summary>
    private static void NodeAdvertisesWithoutSession(BgpAdvertisement advertisement, ClusterModel model, RuleContext context)
    {
        var stranded = model.Select(advertisement.NodeSelectors).Select(name => model.Node(name)!)
            .Where(node => !node.ExcludedFromLoadBalancers)
            .Where(node => !node.Sessions.Any(s => advertisement.Peers.Count == 0 || advertisement.Peers.Contains(s.Peer.Name ?? string.Empty, StringComparer.Ordinal)));
        var pools = string.Join(", ", model.Advertisements.Pools(advertisement).Select(p => p.Name).Distinct(StringComparer.Ordinal));
        foreach (var node in stranded)
        {
            var which = advertisement.Peers.Count == 0
                ? "no BGPPeer selects the node"
                : $"none of spec.peers ({string.Join(", ", advertisement.Peers)}) selects the node{(node.Sessions.Count == 0 ? string.Empty : $" (it peers only with {string.Join(", ", node.Sessions.Select(s => s.Peer.Name).Distinct(StringComparer.Ordinal))})")}";
            context.Report(MetalLbRules.NodeAdvertisesWithoutSession, advertisement, advertisement.NodeSelectors.Count == 0 ? "spec" : "spec.nodeSelectors",
                $"node {node.Name} is to announce pools {pools} by BGP, but {which}: nothing is announced from it. Select the node in a BGPPeer, or exclude it with spec.nodeSelectors", node.Name);
        }
    }

    /// <summary>MLB1002: one node reaches the same router from different source addresses (through different BGPPeers).</summary>
    private static void NodeSourcesDiffer(RuleContext context)
    {
        foreach (var node in ClusterModel.For(context).Nodes)
        {
            if (!TwoSourcesForOneRouter(node.Sessions))
            {
                continue;
            }

            var routers = node.Sessions.Where(s => s.RouterAddress is not null || s.Interface is not null).GroupBy(s => s.RouterKey, StringComparer.Ordinal);
            foreach (var sessions in routers.Select(r => r.ToList()).Where(s => s.Select(x => x.SourceAddress).Distinct().Count() > 1))
            {
                var list = string.Join(", ", sessions.Select(s => $"BGPPeer {s.Peer.Name} from {s.SourceAddress?.ToString() ?? "the kernel's choice"}"));
                var last = sessions[^1].Peer;
                context.Report(MetalLbRules.NodeSourcesDiffer, last, last.SourceAddress is null ? "spec" : "spec.sourceAddress",
                    $"node {node.Name} opens {sessions.Count} sessions to router {sessions[0].RouterKey} from different sources ({list}); the router sees one neighbor per source and at most one of them can be configured there. Give each node one source per router: {(PerNodePeerAdvice.Allowed(context) ? "make the peers' nodeSelectors disjoint" : $"keep one BGPPeer for this router ({PerNodePeerAdvice.Refused(context)})")}", node.Name);
            }
        }
    }

    /// <summary>
    /// True when two of the sessions go to one router from different sources: the grouping above finds something. Most
    /// nodes have none, which is seen without building router keys for sessions to different IPv4 routers.
    /// </summary>
    private static bool TwoSourcesForOneRouter(List<BgpSession> sessions)
    {
        for (var i = 0; i < sessions.Count; i++)
        {
            var a = sessions[i];
            for (var j = i + 1; j < sessions.Count && (a.RouterAddress is not null || a.Interface is not null); j++)
            {
                var b = sessions[j];
                if ((b.RouterAddress is null && b.Interface is null) || Equals(a.SourceAddress, b.SourceAddress))
                {
                    continue;
                }

                // An IPv4 address's text has no '%' (the VRF's separator in the key): different addresses, different keys.
                var differentIpv4 = a.RouterAddress is { AddressFamily: System.Net.Sockets.AddressFamily.InterNetwork } x
                    && b.RouterAddress is { AddressFamily: System.Net.Sockets.AddressFamily.InterNetwork } y && !x.Equals(y);
                if (!differentIpv4 && a.RouterKey == b.RouterKey)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>MLB1001: a node whose interfaces are unknown, so its sourceAddress checks were skipped; said once per node.</summary>
    private static void NodeWithoutInterfaces(RuleContext context)
    {
        var model = ClusterModel.For(context);
        var anyData = model.Nodes.Any(n => n.HasInterfaces);
        foreach (var node in model.Nodes.Where(n => !n.HasInterfaces))
        {
            var sourced = node.Sessions.Where(s => s.SourceAddress is not null).Select(s => s.Peer.Name).Distinct(StringComparer.Ordinal).ToList();
            if (sourced.Count == 0 && !anyData)
            {
                continue;
            }

            var skipped = sourced.Count == 0 ? string.Empty : $"; the sourceAddress checks of BGPPeer {string.Join(", ", sourced)} were skipped for it";
            context.Report(MetalLbRules.NodeWithoutInterfaces, node.Node, "metadata.name",
                $"no interface data for node {node.Name}{skipped}. Add its NodeNetworkState, '--ip-addr {node.Name}=FILE' (ip -j address show), a NodeInventory entry, or run 'metallb-validate node-check --node {node.Name}' on the node", node.Name);
        }
    }

    /// <summary>MLB1003: a BGPPeer whose nodeSelectors select none of the Node objects.</summary>
    private static void PeerSelectsNoNode(BgpPeer peer, ClusterModel model, RuleContext context)
    {
        if (model.NodesOf(peer).Count > 0)
        {
            return;
        }

        var names = model.NodeObjectNames.Order(StringComparer.Ordinal).ToList();
        context.Report(MetalLbRules.PeerSelectsNoNode, peer, "spec.nodeSelectors",
            $"spec.nodeSelectors ({string.Join(" OR ", peer.NodeSelectors.Select(s => s.IsEmpty ? "{}" : s.ToString()))}) select none of the {names.Count} nodes given ({string.Join(", ", names.Take(5))}{(names.Count > 5 ? ", ..." : string.Empty)}), so no session to {peer.PeerAddress?.Text ?? peer.Interface} is opened. Fix the labels or the selector");
    }

    /// <summary>MLB1005: a routerID used on several nodes (one BGPPeer selecting many does that), or equal to another node's address.</summary>
    private static void RouterIdCollision(RuleContext context)
    {
        var model = ClusterModel.For(context);
        if (!model.NodesKnown)
        {
            return;
        }

        // Every (node, peer) using a router ID; one peer per node and ID, the first.
        var seen = new HashSet<(IPAddress, string)>();
        var users = context.Set.Peers.Where(p => p.RouterId?.Address is not null)
            .SelectMany(peer => model.NodesOf(peer).Select(node => (Id: peer.RouterId!.Address!, Node: node, Peer: peer)))
            .Where(u => seen.Add((u.Id, u.Node)))
            .GroupBy(u => u.Id);
        foreach (var group in users)
        {
            var list = group.OrderBy(u => u.Node, StringComparer.Ordinal).ToList();
            foreach (var (id, node, peer) in list)
            {
                var others = list.Select(u => u.Node).Where(n => n != node).ToList();
                var owners = model.Owners(id).Select(o => o.Node).Concat(model.StatusHolders(id)).Distinct(StringComparer.Ordinal).Where(n => n != node).ToList();
                if (others.Count > 0)
                {
                    // Per-node BGPPeers toward one router are refused by FRR mode up to 0.15.3 (MLB0823), so there only
                    // leaving routerID unset separates the IDs.
                    var fix = PerNodePeerAdvice.Allowed(context)
                        ? "Give each node its own BGPPeer with its own routerID, or leave routerID unset"
                        : $"Leave routerID unset, so each speaker picks its own; {PerNodePeerAdvice.Refused(context)}, so per-node BGPPeers with their own routerID are no way out there";
                    context.Report(MetalLbRules.RouterIdCollision, peer, "spec.routerID",
                        $"node {node} uses router ID {id}, and so do {string.Join(", ", others)}; BGP identifiers must be unique per speaker: routers reset or reject sessions from speakers sharing one. {fix}", node);
                }
                else if (owners.Count > 0)
                {
                    context.Report(MetalLbRules.RouterIdCollision, peer, "spec.routerID",
                        $"node {node} uses router ID {id}, an address of node {string.Join(", ", owners)}, whose speaker picks that address as its own router ID by default; the two collide. Use an address of {node} or a unique ID", node);
                }
            }
        }
    }

    /// <summary>MLB1006: too many (node, peer) and (node, advertisement) pairs for the per-node checks.</summary>
    private static void TopologyTooLarge(RuleContext context)
    {
        if (ClusterModel.For(context) is { IsOverBudget: true } model)
        {
            context.Report(MetalLbRules.TopologyTooLarge, null, null, string.Create(CultureInfo.InvariantCulture,
                $"the BGPPeers and advertisements select {model.SelectedPairs:N0} (node, object) pairs, more than the {model.MaxSelectedPairs:N0} the per-node view holds (ValidationOptions.MaxNodeObjectPairs); the sourceAddress and per-node checks (MLB09xx, MLB10xx) did not run. Validate a subset of the nodes or of the peers to run them"));
        }
    }
}
