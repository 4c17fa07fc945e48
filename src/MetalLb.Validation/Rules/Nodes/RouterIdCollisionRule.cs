using System.Net;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.SourceAddress;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>
/// MLB1005: router IDs that collide across nodes: an explicit routerID used on several nodes (one BGPPeer with a
/// routerID selecting many nodes does that), or a routerID equal to an address of another node.
/// </summary>
internal sealed class RouterIdCollisionRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1005", "Router ID collides across nodes", RuleCategory.Nodes, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        if (!topology.NodesKnown)
        {
            return;
        }

        // Every (node, peer) using a router ID that an object in scope uses; one peer per node and ID, the first.
        var inScope = context.Set.Peers.Where(p => p.RouterId?.Address is not null).Select(p => p.RouterId!.Address!).ToHashSet();
        var users = new Dictionary<IPAddress, List<(string Node, BgpPeer Peer)>>();
        var seen = new HashSet<(IPAddress, string)>();
        foreach (var peer in context.Set.Peers.Where(p => p.RouterId?.Address is { } id && inScope.Contains(id)))
        {
            var id = peer.RouterId!.Address!;
            if (!users.TryGetValue(id, out var list))
            {
                users[id] = list = [];
            }

            list.AddRange(topology.NodesOf(peer).Where(node => seen.Add((id, node))).Select(node => (node, peer)));
        }

        foreach (var list in users.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Node, b.Node));
        }

        foreach (var (id, list) in users)
        {
            var nodes = list.Select(u => u.Node).ToList();
            foreach (var (node, peer) in list)
            {
                var others = nodes.Where(n => n != node).ToList();
                var owners = AddressHolders(topology, id).Where(n => n != node).ToList();
                if (others.Count > 0)
                {
                    context.Report(
                        peer,
                        "spec.routerID",
                        $"node {node} uses router ID {id}, and so do {string.Join(", ", others)}; BGP identifiers must be unique per speaker: routers reset or reject sessions from speakers sharing one. {SharedIdFix(context)}",
                        node);
                }
                else if (owners.Count > 0)
                {
                    context.Report(
                        peer,
                        "spec.routerID",
                        $"node {node} uses router ID {id}, an address of node {string.Join(", ", owners)}, whose speaker picks that address as its own router ID by default; the two collide. Use an address of {node} or a unique ID",
                        node);
                }
            }
        }
    }

    /// <summary>
    /// Per-node BGPPeers toward one router are refused by FRR mode up to 0.15.3 (MLB0823), so there only leaving
    /// routerID unset separates the IDs.
    /// </summary>
    private static string SharedIdFix(RuleContext context) => PerNodePeerAdvice.Allowed(context)
        ? "Give each node its own BGPPeer with its own routerID, or leave routerID unset"
        : $"Leave routerID unset, so each speaker picks its own; {PerNodePeerAdvice.Refused(context)}, so per-node BGPPeers with their own routerID are no way out there";

    private static IEnumerable<string> AddressHolders(NodeTopology topology, IPAddress address) =>
        topology.Owners(address).Select(o => o.Node).Concat(topology.Cluster.StatusHolders(address)).Distinct(StringComparer.Ordinal);
}
