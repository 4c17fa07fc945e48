using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// MLB0904: a peer binds the sessions of several nodes to one sourceAddress that each of them holds (an anycast
/// loopback, the same VIP everywhere). The router has one neighbor for that address, so at most one of the sessions
/// establishes. Nodes that lack the address are MLB0901's.
/// </summary>
internal sealed class SourceAddressSharedByNodesRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0904", "Several nodes open sessions to one router from the same sourceAddress", RuleCategory.SourceAddress, DiagnosticSeverity.Error,
        Modes: BackendModes.Native | BackendModes.Frr);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        foreach (var peer in context.Set.Peers)
        {
            var nodes = topology.NodesOf(peer);
            if (peer.SourceAddress?.Address is not { } source || nodes.Count < 2)
            {
                continue;
            }

            var holders = nodes.Where(n => topology.Node(n)?.FindUsable(source) is not null).ToList();
            if (holders.Count < 2)
            {
                continue;
            }

            // Two holders selected without a guess make it certain; otherwise name the guess and warn.
            var guesses = holders.Select(n => (Node: n, Keys: topology.Cluster.AssumedAbsent(peer.NodeSelectors, n))).Where(g => g.Keys.Count > 0).ToList();
            var guess = holders.Count - guesses.Count >= 2 ? null : LabelGuess.Clause(guesses[0].Node, guesses[0].Keys);
            var router = peer.PeerAddress?.Text ?? $"interface {peer.Interface}";
            var routerId = context.Mode == BackendMode.Native && peer.RouterId is null && source.AddressFamily == AddressFamily.InterNetwork
                ? $"; and every one of them presents BGP identifier {source} (the native speaker takes the session's local IPv4 address as router ID when routerID is unset), which the router sees as one speaker"
                : string.Empty;
            context.Report(
                peer,
                peer.NodeSelectors.Count == 0 ? "spec" : "spec.nodeSelectors",
                $"the peer selects {nodes.Count} nodes and {holders.Count} of them ({string.Join(", ", holders)}) hold sourceAddress {source}, so each opens its session to {router} from the same address. The router has one neighbor {source}: at most one of these sessions establishes, its replies to {source} reach only the node it resolves that address to, and the others reset and retry forever{routerId}{(guess is null ? string.Empty : $" ({guess})")}. {Fix(context, holders, router)}",
                severity: guess is null ? null : DiagnosticSeverity.Warning);
        }
    }

    private static string Fix(RuleContext context, List<string> holders, string router) =>
        PerNodePeerAdvice.Allowed(context)
            ? $"Replace this BGPPeer with one BGPPeer per node, each with a kubernetes.io/hostname nodeSelector and a sourceAddress only that node holds (or no sourceAddress: each node then uses its own address); their nodeSelectors are then disjoint, so no node runs two sessions to {router}"
            : $"Per-node BGPPeers do not help here: {PerNodePeerAdvice.Refused(context)}. Narrow this BGPPeer's nodeSelectors to {PerNodePeerAdvice.Selector([holders[0]])} (the other nodes then have no session to {router}), or drop sourceAddress so that each node uses its own address";
}
