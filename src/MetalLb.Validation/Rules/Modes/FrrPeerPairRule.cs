using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// A check MetalLB's FRR validator (<c>checkFRRPeersCompatible</c>) makes for pairs of BGPPeers. Up to 0.15.3 it
/// compares every pair; later releases only pairs that share a node. Each behaviour is its own rule with its own
/// release range. A peer is reported once, against the first earlier peer it conflicts with.
/// </summary>
public abstract class FrrPeerPairRule : Rule
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
    protected abstract string Message(BgpPeer later, BgpPeer earlier, string why);

    /// <summary>A descriptor for one behaviour.</summary>
    protected static RuleDescriptor Frr(string id, string title, bool clusterWide, string metalLbMessage) => new(
        id, title, RuleCategory.Modes, Severity.Error, BackendModes.AnyFrr,
        clusterWide ? new ReleaseRange(null, MetalLbRelease.ClusterWideFrrChecksThrough) : new ReleaseRange(MetalLbRelease.NodeAwareFrrChecksFrom, null),
        metalLbMessage);

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> ReportsOn { get; } = [typeof(BgpPeer)];

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var peers = context.Set.Peers;
        var keys = new (string Group, string? Value)?[peers.Count];
        (string Group, string? Value) Key(int i) => keys[i] ??= (Group(peers[i]), Value(peers[i]));
        var earliest = new int[peers.Count];
        Array.Fill(earliest, -1);
        if (ClusterWide || NodeIndex.For(context).IsEmpty)
        {
            EarliestConflicts.Among(Enumerable.Range(0, peers.Count), Key, earliest);
        }
        else
        {
            EarliestConflictsOnSharedNodes(context, Key, earliest);
        }

        for (var i = 0; i < peers.Count; i++)
        {
            if (earliest[i] < 0 || !context.IsInScope(peers[i]))
            {
                continue;
            }

            var (later, earlier) = (peers[i], peers[earliest[i]]);
            if (ClusterWide)
            {
                context.Report(later, $"spec.{Field}", Message(later, earlier, "MetalLB 0.15.3 and earlier compare every pair of BGPPeers, whatever their nodeSelectors") + " (on those releases disjoint nodeSelectors do not help; later releases compare only peers that share a node)");
            }
            else if (PeerSharing.Shares(context, later, earlier, out var why, out var node, out _))
            {
                context.Report(later, $"spec.{Field}", Message(later, earlier, why), node);
            }
        }
    }

    /// <summary>
    /// For each peer, the earliest conflicting peer that runs on one of its nodes: the earliest over the nodes of
    /// the conflicts among each node's peers, linear in the (node, peer) pairs. Past the per-node view's budget, the
    /// pairs of each group are compared directly.
    /// </summary>
    private static void EarliestConflictsOnSharedNodes(RuleContext context, Func<int, (string Group, string? Value)> key, int[] earliest)
    {
        var peers = context.Set.Peers;
        var topology = NodeTopology.For(context);
        if (topology.IsOverBudget)
        {
            EarliestConflicts.AmongPairs(key, (i, j) => PeerSharing.Shares(context, peers[i], peers[j], out _, out _, out _), earliest);
            return;
        }

        var position = context.Shared(c => new PeerPositions(c.Set));
        foreach (var node in topology.Nodes.Where(n => n.Node is not null))
        {
            EarliestConflicts.Among(node.Sessions.Select(s => position[s.Peer]), key, earliest);
        }
    }
}
