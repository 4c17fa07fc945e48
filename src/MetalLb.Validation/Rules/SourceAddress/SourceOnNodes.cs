using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// A BGPPeer's sourceAddress against the interfaces of the nodes that open its sessions (the run's
/// <see cref="ClusterModel"/>). A finding that rests on a node known only from interface data matching through
/// NotIn/DoesNotExist says so (<see cref="LabelGuess"/>) and is a warning.
/// </summary>
internal static class SourceOnNodes
{
    /// <summary>MLB0901: the sourceAddress is not assigned on a node the peer selects.</summary>
    public static void NotOnNode(BgpPeer peer, IPAddress source, RuleContext context)
    {
        var model = ClusterModel.For(context);
        foreach (var name in model.NodesOf(peer))
        {
            // Over the pair budget no node view exists and MLB1006 says the per-node checks did not run.
            if (model.Node(name) is not { } node || !node.HasInterfaces || node.Find(source) is not null)
            {
                continue;
            }

            var elsewhere = model.Owners(source);
            var holders = model.StatusHolders(source);
            var where = elsewhere.Count == 0
                ? holders.Count == 0 ? "no node in the input has it" : $"it is in the status.addresses of node {string.Join(", ", holders)}"
                : $"it is on {string.Join(", ", elsewhere.Select(o => o.Address.Location.IsKnown ? $"{o} ({o.Address.Location})" : o.ToString()))}";
            var guess = model.Guess(peer.NodeSelectors, name);
            // The advice never asks to assign an address another node already has: one address on two nodes toward
            // one router is its own problem (the router keeps one neighbor per address).
            context.Report(MetalLbRules.SourceAddressNotOnNode, peer, "spec.sourceAddress",
                $"sourceAddress {source} is not assigned on any interface of node {name} (interfaces from {node.InterfaceOrigin}); {where}. On {name} {NoSuchAddress(context, source)}{Aside(guess)}. {NotOnNodeFix(context, model, peer, source, name, elsewhere)}", name, guess is null ? null : DiagnosticSeverity.Warning);
        }
    }

    private static string NotOnNodeFix(RuleContext context, ClusterModel model, BgpPeer peer, IPAddress source, string node, IReadOnlyList<AddressOwner> elsewhere)
    {
        if (elsewhere.Count == 0)
        {
            return $"Assign {source} on {node} (a loopback address, say), or set sourceAddress to an address {node} has";
        }

        var owners = elsewhere.Select(o => o.Node).Distinct(StringComparer.Ordinal).ToList();
        var selected = owners.Where(model.NodesOf(peer).Contains).ToList();
        var (s, verb) = (selected.Count == 0 ? owners : selected).Count == 1 ? (string.Empty, "s") : ("s", string.Empty);
        if (selected.Count == 0)
        {
            return $"Set spec.nodeSelectors to {PerNodePeerAdvice.Selector(owners)}, the node{s} that own{verb} it, or set sourceAddress to an address {node} has";
        }

        var narrow = $"Narrow spec.nodeSelectors to {PerNodePeerAdvice.Selector(selected)}, the node{s} of this peer that own{verb} it";
        return PerNodePeerAdvice.Allowed(context)
            ? $"{narrow}; if {node} needs a session to this router too, give it its own BGPPeer with an address {node} has and nodeSelectors matchLabels kubernetes.io/hostname: {node}"
            : $"{narrow}; {node} then has no session to this router: {PerNodePeerAdvice.Refused(context)}";
    }

    private static string NoSuchAddress(RuleContext context, IPAddress source) => context.Mode == BackendMode.Native
        ? $"the native speaker logs 'address \"{source}\" doesn't exist on this host' and retries forever"
        : "FRR cannot bind the session to it and leaves the neighbor in Active";

    private static string Aside(string? guess) => guess is null ? string.Empty : $" ({guess})";

    /// <summary>MLB0920: the sourceAddress is in another node's status.addresses and the peer selects no node that has it (so it holds without interface data).</summary>
    public static void OfOtherNode(BgpPeer peer, IPAddress source, RuleContext context)
    {
        var model = ClusterModel.For(context);
        var holders = model.StatusHolders(source);
        var nodes = model.NodesOf(peer);
        // A holder among the selected nodes is the one-source-on-several-nodes case (MLB0904), not this one.
        if (holders.Count == 0 || nodes.Count == 0 || nodes.Any(holders.Contains) || model.IsOverBudget)
        {
            return;
        }

        // Nodes with interface data are MLB0901's; a selected node that has the address on an interface owns it.
        var views = nodes.Select(n => model.Node(n)!).ToList();
        var unknown = views.Where(v => !v.HasInterfaces).Select(v => v.Name).ToList();
        if (views.Any(v => v.Find(source) is not null) || unknown.Count == 0)
        {
            return;
        }

        var holder = holders[0];
        var type = model.NodeObjects[holder].Addresses.First(a => source.Equals(a.Address.Address)).Type;
        var own = unknown.Count == 1 && model.NodeObjects.TryGetValue(unknown[0], out var self)
            && self.Addresses.FirstOrDefault(a => a.Type == "InternalIP" && a.Address.Address is not null) is { } internalIp
            ? $" (its InternalIP is {internalIp.Address.Address})"
            : string.Empty;
        context.Report(MetalLbRules.SourceAddressOfOtherNode, peer, "spec.sourceAddress",
            $"sourceAddress {source} is the {type} of node {holder} (its status.addresses), and the peer does not select {holder}: it selects {string.Join(", ", nodes)}. A node's own address is assigned on that node, not on {string.Join(", ", unknown)} (no interface data given for it), so there {NoSuchAddress(context, source)}. Either the node the peer was written for was redeployed under another name, or the selector is wrong. Select {holder} in spec.nodeSelectors (kubernetes.io/hostname: {holder}), or set sourceAddress to an address of {string.Join(", ", unknown)}{own}", unknown.Count == 1 ? unknown[0] : null);
    }

    /// <summary>MLB0904: several selected nodes hold the sourceAddress (anycast loopback); the router has one neighbor for it. Nodes lacking it are MLB0901's.</summary>
    public static void SharedByNodes(BgpPeer peer, IPAddress source, RuleContext context)
    {
        var model = ClusterModel.For(context);
        var nodes = model.NodesOf(peer);
        var holders = nodes.Count < 2 ? [] : nodes.Where(n => model.Node(n)?.FindUsable(source) is not null).ToList();
        if (holders.Count < 2)
        {
            return;
        }

        // Two holders selected without a guess make it certain; otherwise name the guess and warn.
        var guesses = holders.Select(n => (Node: n, Keys: model.AssumedAbsent(peer.NodeSelectors, n))).Where(g => g.Keys.Count > 0).ToList();
        var guess = holders.Count - guesses.Count >= 2 ? null : LabelGuess.Clause(guesses[0].Node, guesses[0].Keys);
        var router = peer.PeerAddress?.Text ?? $"interface {peer.Interface}";
        var routerId = context.Mode == BackendMode.Native && peer.RouterId is null && source.AddressFamily == AddressFamily.InterNetwork
            ? $"; and every one of them presents BGP identifier {source} (the native speaker takes the session's local IPv4 address as router ID when routerID is unset), which the router sees as one speaker"
            : string.Empty;
        var fix = PerNodePeerAdvice.Allowed(context)
            ? $"Replace this BGPPeer with one BGPPeer per node, each with a kubernetes.io/hostname nodeSelector and a sourceAddress only that node holds (or no sourceAddress: each node then uses its own address); their nodeSelectors are then disjoint, so no node runs two sessions to {router}"
            : $"Per-node BGPPeers do not help here: {PerNodePeerAdvice.Refused(context)}. Narrow this BGPPeer's nodeSelectors to {PerNodePeerAdvice.Selector([holders[0]])} (the other nodes then have no session to {router}), or drop sourceAddress so that each node uses its own address";
        context.Report(MetalLbRules.SourceAddressSharedByNodes, peer, peer.NodeSelectors.Count == 0 ? "spec" : "spec.nodeSelectors",
            $"the peer selects {nodes.Count} nodes and {holders.Count} of them ({string.Join(", ", holders)}) hold sourceAddress {source}, so each opens its session to {router} from the same address. The router has one neighbor {source}: at most one of these sessions establishes, its replies to {source} reach only the node it resolves that address to, and the others reset and retry forever{routerId}{Aside(guess)}. {fix}", severity: guess is null ? null : DiagnosticSeverity.Warning);
    }

    /// <summary>MLB0906: an unnumbered peer (spec.interface) whose sourceAddress lives on another interface of the node.</summary>
    public static void NotOnPeerInterface(NodeView node, BgpSession session, IPAddress source, RuleContext context)
    {
        if (session.Interface is not { } nic || node.Find(source) is not { } owned || string.Equals(owned.Interface.Name, nic, StringComparison.Ordinal))
        {
            return;
        }

        var onInterface = node.Interfaces.FirstOrDefault(i => i.Name == nic);
        var there = onInterface is null
            ? $"{node.Name} has no interface {nic}"
            : onInterface.Addresses.Count == 0 ? $"{nic} has no address" : $"{nic} has {string.Join(", ", onInterface.Addresses)}";
        var guess = ClusterModel.For(context).Guess(session.Peer.NodeSelectors, node.Name);
        context.Report(MetalLbRules.SourceAddressNotOnPeerInterface, session.Peer, "spec.sourceAddress",
            $"the peer talks BGP over interface {nic} but sourceAddress {source} is on {node.Name}/{owned.Interface.Name}, not on {nic} ({there}); the unnumbered session runs on the link itself and cannot use it{Aside(guess)}. Use an address of {nic}, or drop sourceAddress", node.Name, guess is null ? null : DiagnosticSeverity.Warning);
    }

    /// <summary>MLB0905: single-hop eBGP sourced outside every subnet the node shares with the router; the router only brings up connected neighbors by default.</summary>
    public static void OffLink(NodeView node, BgpSession session, IPAddress source, RuleContext context)
    {
        if (session is not { RouterAddress: { } router, EbgpMultiHop: false, IsExternal: true, Interface: null }
            || source.AddressFamily != router.AddressFamily || node.FindUsable(source) is not { } owned)
        {
            return;
        }

        // The subnets the node shares with the router; the source only has to lie in one of them, on any
        // interface and with any prefix of its own (a /32 VIP next to the LAN address is on-link).
        var links = node.OnLinkWith(router).ToList();
        if (links.Any(l => l.Address.Subnet.Contains(source)))
        {
            return;
        }

        var shared = links.Count == 0
            ? $"{node.Name} shares no subnet with router {router} at all"
            : $"{node.Name} reaches router {router} on {string.Join(", ", links.Select(l => $"{l.Interface.Name} ({l.Address})"))}";
        var routerSide = $"The router sees {source} as its neighbor, and a single-hop eBGP neighbor outside its connected networks stays down by default (FRR: \"Waiting for NHT\" until 'neighbor {source} disable-connected-check' or 'ebgp-multihop'; Cisco: disable-connected-check; Junos: multihop)";
        var nodeSide = context.Mode switch
        {
            BackendMode.Native => "; the native speaker ignores ebgpMultiHop (it sends with the default TTL), so only the router has to change",
            _ when links.Count > 0 || router.AddressFamily == AddressFamily.InterNetworkV6 => string.Empty,
            _ => $"; the node's own FRR applies the same check to {router}, which is on none of its subnets, and does not connect either",
        };
        var keep = links.Count == 0
            ? string.Empty
            : $", or move the VIP into {links[0].Address.Subnet} (a /32 on {links[0].Interface.Name} inside the subnet the router shares is directly connected for the router)";
        context.Report(MetalLbRules.SourceAddressOffLink, session.Peer, "spec.sourceAddress",
            $"single-hop eBGP session to {router} (peerASN {session.PeerAsn}, myASN {session.MyAsn}) is sourced from {source} on {node.Name}/{owned.Interface.Name} ({owned.Address}), outside every subnet the node shares with the router; {shared}. {routerSide}{nodeSide}. Keep the source and set ebgpMultiHop: true, with multihop or disable-connected-check on the router and a route to {source} there{keep}", node.Name);
    }

    /// <summary>MLB0907: the node holds the sourceAddress only on kube-ipvs0 (a Service IP) or on an interface that is down.</summary>
    public static void OnUnusableInterface(NodeView node, BgpSession session, IPAddress source, RuleContext context)
    {
        if (node.Holding(source).FirstOrDefault() is not ({ } nic, { } address) || node.FindUsable(source) is not null)
        {
            return;
        }

        var (text, severity) = SessionSources.Unusable(nic, address)!.Value switch
        {
            Unusability.IpvsDummy => ($"{source} is on {node.Name}/{nic.Name}, kube-proxy's IPVS dummy interface: kube-proxy binds every Service IP (ClusterIP, externalIPs, load-balancer IPs) there on every node and unbinds those no Service uses any more, so the address belongs to a Service, not to {node.Name}. Every node holds it at once (the router has one neighbor for it and its replies reach one node), no node answers ARP for it when kube-proxy runs with strictARP, and it disappears with the Service. Use an address of {node.Name} itself (its LAN address, or a VIP on lo or eth0 outside every Service and pool)", DiagnosticSeverity.Error),
            Unusability.DownV6 => ($"{source} is on {node.Name}/{nic.Name}, which is down: the kernel keeps an IPv6 address of a down interface only as tentative (or drops it), and binding a tentative address fails with EADDRNOTAVAIL ('cannot assign requested address'), so the session never comes up. Bring {nic.Name} up, or use an address on an interface that is up", DiagnosticSeverity.Error),
            _ => ($"{source} is on {node.Name}/{nic.Name}, which is down: the kernel still treats an IPv4 address of a down interface as local (its host route stays, so the bind succeeds), but the interface's connected subnet is withdrawn and nothing is sent or answered on its link, so the session leaves through another interface and works only if the router routes {source} to {node.Name} as if it were a loopback address. Bring {nic.Name} up, or put the address on lo if a loopback source is what you mean", DiagnosticSeverity.Warning),
        };
        var guess = ClusterModel.For(context).Guess(session.Peer.NodeSelectors, node.Name);
        context.Report(MetalLbRules.SourceAddressOnUnusableInterface, session.Peer, "spec.sourceAddress", $"sourceAddress {text}{Aside(guess)}", node.Name, guess is null ? severity : DiagnosticSeverity.Warning);
    }
}
