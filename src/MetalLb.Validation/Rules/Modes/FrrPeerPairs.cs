using System.Globalization;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// The checks MetalLB's FRR validator (<c>checkFRRPeersCompatible</c>) makes for pairs of BGPPeers, as rows: what two
/// peers of one group must agree on. Up to 0.15.3 it compares every pair (the cluster-wide rule of each row); from
/// 0.16.0 only pairs that share a node, so disjoint nodeSelectors help there. A peer is reported once, against the
/// first earlier peer it conflicts with.
/// </summary>
internal static class FrrPeerPairs
{
    private const string Rejects = "MetalLB's FRR validator rejects the configuration";

    /// <summary>Why selectors do not help on the old releases, said once in each cluster-wide message.</summary>
    private static readonly string ClusterWideNote =
        $"; on this release disjoint nodeSelectors do not help ({MetalLbRelease.NodeAwareFrrChecksFrom} and later compare only BGPPeers that share a node)";

    private static readonly string ClusterWideWhy =
        $"MetalLB {MetalLbRelease.ClusterWideFrrChecksThrough} and earlier compare every pair of BGPPeers, whatever their nodeSelectors";

    /// <summary>
    /// A kind of conflict: peers are compared within a <see cref="Group"/>, and conflict when their <see cref="Value"/>
    /// differs (null: any two of a group conflict). <see cref="Says"/> states it, given why the pair is compared;
    /// <see cref="Fix"/> says what to do (cluster-wide or not).
    /// </summary>
    private sealed record Conflict(
        RuleDescriptor NodeAware, RuleDescriptor ClusterWide, string Field, Func<BgpPeer, string> Group, Func<BgpPeer, string?> Value,
        Func<BgpPeer, BgpPeer, string, string> Says, Func<BgpPeer, bool, string> Fix);

    private static readonly Conflict[] Conflicts =
    [
        // Two BGPPeers for the same router (address or interface, and VRF): FRR has one neighbor for each.
        new(MetalLbRules.FrrDuplicatePeer, MetalLbRules.FrrDuplicatePeerClusterWide, "peerAddress", PeerKeys.Identity, _ => null,
            (later, earlier, why) =>
                $"BGPPeer \"{earlier.Name}\" already peers with {(later.PeerAddress is { Text.Length: > 0 } a ? $"address {a.Text}" : $"interface {later.Interface}")}{(PeerKeys.Vrf(later).Length > 0 ? $" in VRF \"{PeerKeys.Vrf(later)}\"" : string.Empty)}, and {why}; FRR has one neighbor per address and VRF, so {Rejects}.",
            (_, clusterWide) => clusterWide ? "Merge the two BGPPeers into one (one BGPPeer per router and VRF)" : "Merge the two BGPPeers into one"),

        // BGPPeers in one VRF with different myASN: one FRR router has one ASN per VRF.
        new(MetalLbRules.FrrMyAsnMismatch, MetalLbRules.FrrMyAsnMismatchClusterWide, "myASN", PeerKeys.Vrf, p => (p.MyAsn?.Value ?? 0).ToString(CultureInfo.InvariantCulture),
            (later, earlier, why) =>
                $"myASN {later.MyAsn?.Value ?? 0} differs from BGPPeer \"{earlier.Name}\"'s myASN {earlier.MyAsn?.Value ?? 0} in {VrfName(later)}, and {why}; one FRR router has one ASN per VRF, so {Rejects}.",
            (later, clusterWide) => clusterWide ? $"Use the same myASN on every BGPPeer of {VrfName(later)}" : "Use the same myASN on both"),

        // BGPPeers with different routerID: one FRR instance has one router ID.
        new(MetalLbRules.FrrRouterIdMismatch, MetalLbRules.FrrRouterIdMismatchClusterWide, "routerID", _ => string.Empty, p => PeerKeys.Address(p.RouterId),
            (later, earlier, why) =>
                $"{RouterId(later)} differs from BGPPeer \"{earlier.Name}\"'s {RouterId(earlier)}, and {why}; one FRR instance has one router ID, so {Rejects}.{(later.RouterId is null || earlier.RouterId is null ? " An unset routerID counts as different from a set one, even if FRR would pick the same address." : string.Empty)}",
            (_, clusterWide) => clusterWide ? "Give every BGPPeer the same routerID, or leave it unset on all of them" : "Give both BGPPeers the same routerID (or leave it unset on both)"),
    ];

    public static Rule Rule { get; } = Rule.ForSet([.. Conflicts.SelectMany(c => new[] { c.NodeAware, c.ClusterWide })], Check);

    private static string VrfName(BgpPeer peer) => PeerKeys.Vrf(peer).Length > 0 ? $"VRF \"{PeerKeys.Vrf(peer)}\"" : "the default VRF";

    private static string RouterId(BgpPeer peer) => peer.RouterId is { Text.Length: > 0 } id ? $"routerID {id.Text}" : "no routerID (FRR picks one itself)";

    private static void Check(RuleContext context)
    {
        IEqualityComparer<BgpPeer> same = ReferenceEqualityComparer.Instance;
        var order = context.Set.Peers.Select((p, i) => (p, i)).DistinctBy(e => e.p, same).ToDictionary(e => e.p, e => e.i, same);

        foreach (var conflict in Conflicts)
        {
            // The two behaviours' release ranges are disjoint: the release picks one.
            var clusterWide = conflict.ClusterWide.AppliesTo.Includes(context.Options.MetalLbVersion);
            ReportEarliest(context, conflict, clusterWide ? conflict.ClusterWide : conflict.NodeAware, clusterWide, peer => order[peer]);
        }
    }

    private static void ReportEarliest(RuleContext context, Conflict conflict, RuleDescriptor rule, bool clusterWide, Func<BgpPeer, int> order)
    {
        var peers = context.Set.Peers;
        var keys = new Dictionary<BgpPeer, (string Group, string? Value)>(ReferenceEqualityComparer.Instance);
        (string Group, string? Value) Key(BgpPeer peer) =>
            keys.TryGetValue(peer, out var key) ? key : keys[peer] = (conflict.Group(peer), conflict.Value(peer));
        var earliest = new Dictionary<BgpPeer, BgpPeer>(ReferenceEqualityComparer.Instance);

        // Node-aware: for each peer, the earliest conflicting peer that runs on one of its nodes, the earliest over
        // the conflicts among each node's peers (linear in the (node, peer) pairs); past the per-node view's budget,
        // the pairs of each group are compared directly.
        var topology = clusterWide || ClusterNodes.For(context).IsEmpty ? null : NodeTopology.For(context);
        if (topology is { IsOverBudget: true })
        {
            EarliestConflicts.AmongPairs(peers, Key, (a, b) => PeerSharing.Shares(context, a, b, out _, out _, out _, out _), earliest);
        }
        else
        {
            foreach (var group in topology?.Nodes.Select(n => n.Sessions.Select(s => s.Peer)) ?? [peers])
            {
                EarliestConflicts.Among(group, Key, order, earliest);
            }
        }

        foreach (var later in peers.Where(earliest.ContainsKey))
        {
            // Without Node objects the check cannot see disjoint selectors: say what to pass so it can. A shared node
            // seen only through labels a node known from interface data may carry is a guess: MetalLB compares the
            // real Node's labels (peersShareNode), so this cannot be called a rejection.
            var (earlier, why, node, assumed, guessed) = (earliest[later], ClusterWideWhy, (string?)null, false, false);
            if (!clusterWide && !PeerSharing.Shares(context, later, earlier, out why, out node, out assumed, out guessed))
            {
                continue;
            }

            var fix = clusterWide
                ? $"{conflict.Fix(later, true)}{ClusterWideNote}"
                : $"{conflict.Fix(later, false)}, or give them nodeSelectors that select disjoint nodes{(assumed ? " (and give the Node objects, so the selectors can be compared)" : string.Empty)}";
            context.Report(rule, later, $"spec.{conflict.Field}", $"{conflict.Says(later, earlier, why)} {fix}", node, guessed ? DiagnosticSeverity.Warning : null);
        }
    }
}
