using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// MLB0904: a peer with a sourceAddress selects several nodes, and not every one of them owns the address.
/// One address normally lives on one node; MetalLB's docs say to pin such peers to a node with nodeSelectors.
/// </summary>
public sealed class SourceAddressSharedByNodesRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0904", "Peer with a sourceAddress selects nodes that do not all own it", RuleCategory.SourceAddress, Severity.Warning,
        Modes: BackendModes.Native | BackendModes.Frr);

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(BgpPeer)];

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        foreach (var peer in context.Set.Peers.Where(context.IsInScope))
        {
            var nodes = topology.NodesOf(peer);
            if (peer.SourceAddress?.Address is not { } source || nodes.Count < 2)
            {
                continue;
            }

            var owning = nodes.Where(n => topology.Node(n)!.Find(source) is not null).ToList();
            if (owning.Count == nodes.Count)
            {
                continue;
            }

            var lacking = nodes.Where(n => topology.Node(n)!.HasInterfaces && !owning.Contains(n)).ToList();
            var unknown = nodes.Where(n => !topology.Node(n)!.HasInterfaces).ToList();
            var parts = new List<string>();
            if (owning.Count > 0)
            {
                parts.Add($"it is on {string.Join(", ", owning)}");
            }

            if (lacking.Count > 0)
            {
                parts.Add($"not on {string.Join(", ", lacking)}");
            }

            if (unknown.Count > 0)
            {
                parts.Add($"unknown for {string.Join(", ", unknown)} (no interface data)");
            }

            context.Report(
                peer,
                peer.NodeSelectors.Count == 0 ? "spec" : "spec.nodeSelectors",
                $"the peer selects {nodes.Count} nodes ({string.Join(", ", nodes)}) and binds every session to sourceAddress {source}; {string.Join("; ", parts)}. An address normally lives on one node: {Fix(context, owning)}");
        }
    }

    /// <summary>
    /// Per-node BGPPeers replace this one, not join it: a node selected by this peer and by its own peer to the same
    /// router would run two sessions to it (MLB0830 in native mode, MLB0822 in FRR mode).
    /// </summary>
    private static string Fix(RuleContext context, List<string> owning)
    {
        var keep = owning.Count > 0
            ? $"narrow this BGPPeer's nodeSelectors to {PerNodePeerAdvice.Selector(owning)}"
            : "narrow this BGPPeer's nodeSelectors to the node that owns it";
        return PerNodePeerAdvice.Allowed(context)
            ? $"{keep}, and give every other node its own BGPPeer with an address that node has and nodeSelectors matchLabels kubernetes.io/hostname: <node>"
            : $"{keep}, and the other nodes then have no session to this router ({PerNodePeerAdvice.Refused(context)}); or drop sourceAddress so that each node uses its own address";
    }
}
