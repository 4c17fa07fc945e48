using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// A check MetalLB's FRR validator (<c>checkFRRPeersCompatible</c>) makes for pairs of BGPPeers. Up to 0.15.3 it
/// compares every pair; from 0.16.0 only pairs that share a node. Each behaviour is its own rule with its own
/// release range. A peer is reported once, against the first earlier peer it conflicts with.
/// </summary>
internal abstract class FrrPeerPairRule : SingleRule
{
    /// <summary>True for the 0.15.3-and-earlier behaviour: the descriptor's release range has no lower bound.</summary>
    private bool ClusterWide => Descriptor.AppliesTo.From is null;

    /// <summary>The field the finding points at.</summary>
    protected abstract string Field { get; }

    /// <summary>Peers are compared only within one group: the VRF for myASN, the peer's identity for duplicates.</summary>
    protected virtual string Group(BgpPeer peer) => string.Empty;

    /// <summary>
    /// The value two peers of one group must agree on (null: any two peers of a group conflict, as duplicates do).
    /// </summary>
    protected abstract string? Value(BgpPeer peer);

    /// <summary>The message; <paramref name="why"/> says why the pair is compared at all.</summary>
    protected abstract string Message(BgpPeer later, BgpPeer earlier, string why, bool assumed);

    /// <summary>A descriptor for one behaviour.</summary>
    protected static RuleDescriptor Frr(string id, string title, bool clusterWide, string metalLbMessage) => new(
        id, title, RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        clusterWide ? new ReleaseRange(null, MetalLbRelease.ClusterWideFrrChecksThrough) : new ReleaseRange(MetalLbRelease.NodeAwareFrrChecksFrom, null),
        metalLbMessage);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var peers = context.Set.Peers;
        var keys = new Dictionary<BgpPeer, (string Group, string? Value)>(ReferenceEqualityComparer.Instance);
        (string Group, string? Value) Key(BgpPeer peer) =>
            keys.TryGetValue(peer, out var key) ? key : keys[peer] = (Group(peer), Value(peer));
        var order = PeerOrder.For(context);
        var earliest = new Dictionary<BgpPeer, BgpPeer>(ReferenceEqualityComparer.Instance);
        if (ClusterWide || ClusterNodes.For(context).IsEmpty)
        {
            EarliestConflicts.Among(peers, Key, order, earliest);
        }
        else
        {
            EarliestConflictsOnSharedNodes(context, Key, order, earliest);
        }

        foreach (var later in peers.Where(p => earliest.ContainsKey(p)))
        {
            var earlier = earliest[later];
            if (ClusterWide)
            {
                context.Report(later, $"spec.{Field}", Message(later, earlier, $"MetalLB {MetalLbRelease.ClusterWideFrrChecksThrough} and earlier compare every pair of BGPPeers, whatever their nodeSelectors", assumed: false));
            }
            else if (PeerSharing.Shares(context, later, earlier, out var why, out var node, out var assumed, out var guessed))
            {
                // A shared node seen only through labels a node known from interface data may carry is a guess:
                // MetalLB compares the real Node's labels (peersShareNode), so this cannot be called a rejection.
                context.Report(later, $"spec.{Field}", Message(later, earlier, why, assumed), node, guessed ? DiagnosticSeverity.Warning : null);
            }
        }
    }

    /// <summary>
    /// For each peer, the earliest conflicting peer that runs on one of its nodes: the earliest over the nodes of
    /// the conflicts among each node's peers, linear in the (node, peer) pairs. Past the per-node view's budget, the
    /// pairs of each group are compared directly.
    /// </summary>
    private static void EarliestConflictsOnSharedNodes(RuleContext context, Func<BgpPeer, (string Group, string? Value)> key, Func<BgpPeer, int> order, Dictionary<BgpPeer, BgpPeer> earliest)
    {
        var topology = NodeTopology.For(context);
        if (topology.IsOverBudget)
        {
            EarliestConflicts.AmongPairs(context.Set.Peers, key, (a, b) => PeerSharing.Shares(context, a, b, out _, out _, out _, out _), earliest);
            return;
        }

        foreach (var node in topology.Nodes)
        {
            EarliestConflicts.Among(node.Sessions.Select(s => s.Peer), key, order, earliest);
        }
    }
}
