using System.Globalization;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// Checks of pairs of BGPPeers. The FRR ones, MetalLB's <c>checkFRRPeersCompatible</c>, are rows: what two peers of one
/// group must agree on. Up to 0.15.3 it compares every pair (each row's cluster-wide rule); from 0.16.0 only pairs that
/// share a node. A peer is reported once, against the first earlier peer it conflicts with.
/// </summary>
internal static class PeerPairs
{
    private const string Rejects = "MetalLB's FRR validator rejects the configuration";

    /// <summary>Why selectors do not help on the old releases, said once in each cluster-wide message.</summary>
    private static readonly string ClusterWideNote =
        $"; on this release disjoint nodeSelectors do not help ({MetalLbRelease.NodeAwareFrrChecksFrom} and later compare only BGPPeers that share a node)";

    private static readonly string ClusterWideWhy =
        $"MetalLB {MetalLbRelease.ClusterWideFrrChecksThrough} and earlier compare every pair of BGPPeers, whatever their nodeSelectors";

    /// <summary>
    /// A kind of conflict: peers of one <see cref="Group"/> conflict when their <see cref="Value"/> differs (null: any two
    /// do). <see cref="Says"/> states it, given why the pair is compared; <see cref="Fix"/> says what to do.
    /// </summary>
    private sealed record Conflict(
        RuleDescriptor NodeAware, RuleDescriptor ClusterWide, string Field, Func<BgpPeer, string> Group, Func<BgpPeer, string?> Value,
        Func<BgpPeer, BgpPeer, string, string> Says, Func<BgpPeer, bool, string> Fix);

    private static readonly Conflict[] Conflicts =
    [
        // Two BGPPeers for the same router (address or interface, and VRF): FRR has one neighbor for each.
        new(MetalLbRules.FrrDuplicatePeer, MetalLbRules.FrrDuplicatePeerClusterWide, "peerAddress", Identity, _ => null,
            (later, earlier, why) =>
                $"BGPPeer \"{earlier.Name}\" already peers with {(later.PeerAddress is { Text.Length: > 0 } a ? $"address {a.Text}" : $"interface {later.Interface}")}{(Vrf(later).Length > 0 ? $" in VRF \"{Vrf(later)}\"" : string.Empty)}, and {why}; FRR has one neighbor per address and VRF, so {Rejects}.",
            (_, clusterWide) => clusterWide ? "Merge the two BGPPeers into one (one BGPPeer per router and VRF)" : "Merge the two BGPPeers into one"),

        // BGPPeers in one VRF with different myASN: one FRR router has one ASN per VRF.
        new(MetalLbRules.FrrMyAsnMismatch, MetalLbRules.FrrMyAsnMismatchClusterWide, "myASN", Vrf, p => (p.MyAsn?.Value ?? 0).ToString(CultureInfo.InvariantCulture),
            (later, earlier, why) =>
                $"myASN {later.MyAsn?.Value ?? 0} differs from BGPPeer \"{earlier.Name}\"'s myASN {earlier.MyAsn?.Value ?? 0} in {VrfName(later)}, and {why}; one FRR router has one ASN per VRF, so {Rejects}.",
            (later, clusterWide) => clusterWide ? $"Use the same myASN on every BGPPeer of {VrfName(later)}" : "Use the same myASN on both"),

        // BGPPeers with different routerID: one FRR instance has one router ID.
        new(MetalLbRules.FrrRouterIdMismatch, MetalLbRules.FrrRouterIdMismatchClusterWide, "routerID", _ => string.Empty, p => Address(p.RouterId),
            (later, earlier, why) =>
                $"{RouterId(later)} differs from BGPPeer \"{earlier.Name}\"'s {RouterId(earlier)}, and {why}; one FRR instance has one router ID, so {Rejects}.{(later.RouterId is null || earlier.RouterId is null ? " An unset routerID counts as different from a set one, even if FRR would pick the same address." : string.Empty)}",
            (_, clusterWide) => clusterWide ? "Give every BGPPeer the same routerID, or leave it unset on all of them" : "Give both BGPPeers the same routerID (or leave it unset on both)"),
    ];

    public static Rule[] All { get; } =
    [
        Rule.ForSet([.. Conflicts.SelectMany(c => new[] { c.NodeAware, c.ClusterWide })], CheckFrr),
        Rule.ForSet(MetalLbRules.NativeDuplicateSession, DuplicateSession),
    ];

    /// <summary>Addresses compare as addresses (2001:db8::1 equals 2001:0db8::1), unset as empty.</summary>
    private static string Address(IpValue? value) => value is null ? string.Empty : value.Address?.ToString() ?? value.Text;

    private static string Vrf(BgpPeer peer) => peer.Vrf ?? string.Empty;

    /// <summary>MetalLB's PeerIdentifier: the address, or the interface when there is none, plus the VRF.</summary>
    private static string Identity(BgpPeer peer) =>
        (peer.PeerAddress is { Text.Length: > 0 } ? Address(peer.PeerAddress) : peer.Interface ?? string.Empty) + (Vrf(peer).Length > 0 ? $"-{Vrf(peer)}" : string.Empty);

    private static string VrfName(BgpPeer peer) => Vrf(peer).Length > 0 ? $"VRF \"{Vrf(peer)}\"" : "the default VRF";

    private static string RouterId(BgpPeer peer) => peer.RouterId is { Text.Length: > 0 } id ? $"routerID {id.Text}" : "no routerID (FRR picks one itself)";

    private static void CheckFrr(RuleContext context)
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

        // Node-aware: the earliest over the conflicts among each node's peers (linear in the (node, peer) pairs); past
        // the per-node view's budget, the pairs of each group are compared directly.
        var topology = clusterWide || ClusterModel.For(context).IsEmpty ? null : ClusterModel.For(context);
        if (topology is { IsOverBudget: true })
        {
            AmongPairs(peers, Key, (a, b) => PeerSharing.Shares(context, a, b, out _, out _, out _, out _), earliest);
        }
        else
        {
            // One table of groups, emptied for each node: this runs over every node on every webhook request.
            var groups = new Dictionary<string, (BgpPeer First, BgpPeer? FirstOther)>(StringComparer.Ordinal);
            foreach (var group in topology?.Nodes.Where(n => n.Sessions.Count > 1).Select(n => n.Sessions.Select(s => s.Peer)) ?? [peers])
            {
                groups.Clear();
                Among(group, Key, order, earliest, groups);
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

    /// <summary>
    /// MLB0830: two BGPPeers for the same router (address, port, VRF) that select a common node. MetalLB accepts it in
    /// native mode; the node then opens two sessions to one router, which collide and flap (MetalLB issue 705).
    /// </summary>
    private static void DuplicateSession(RuleContext context)
    {
        static string Router(BgpPeer p) => $"{Address(p.PeerAddress)} {p.PeerPort ?? 179} {Vrf(p)}";
        var earliest = new Dictionary<BgpPeer, BgpPeer>(ReferenceEqualityComparer.Instance);
        var peers = context.Set.Peers.Where(p => p.PeerAddress is { IsValid: true }).ToList();
        AmongPairs(peers, p => (Router(p), null), (a, b) => PeerSharing.Shares(context, a, b, out _, out _, out _, out _), earliest);
        foreach (var later in peers.GroupBy(Router, StringComparer.Ordinal).SelectMany(g => g).Where(earliest.ContainsKey))
        {
            PeerSharing.Shares(context, later, earliest[later], out var why, out var node, out var assumed, out var guessed);
            context.Report(MetalLbRules.NativeDuplicateSession, later, "spec.peerAddress", $"BGPPeer \"{earliest[later].Name}\" already peers with {later.PeerAddress!.Text} port {later.PeerPort ?? 179}, and {why}; that node opens two sessions to the same router, which collide and keep flapping. MetalLB does not check this in native mode. Merge the BGPPeers, or make their nodeSelectors disjoint", node, assumed || guessed ? DiagnosticSeverity.Warning : null);
        }
    }

    /// <summary>
    /// Over <paramref name="items"/> (in input order), in one pass, sets <paramref name="earliest"/>[i] to the earliest
    /// item before i that conflicts with i (same group, and a different value unless it is null, where any two of a
    /// group conflict), unless it holds an earlier one. Per group it is enough to remember the first item, and the
    /// first item whose value differs from the first's.
    /// </summary>
    private static void Among(IEnumerable<BgpPeer> items, Func<BgpPeer, (string Group, string? Value)> key, Func<BgpPeer, int> order, Dictionary<BgpPeer, BgpPeer> earliest, Dictionary<string, (BgpPeer First, BgpPeer? FirstOther)> groups)
    {
        foreach (var item in items)
        {
            var (group, value) = key(item);
            if (!groups.TryGetValue(group, out var seen))
            {
                groups[group] = (item, null);
                continue;
            }

            var differs = Differs(value, seen.First, key);
            if ((differs ? seen.First : seen.FirstOther) is { } found && (!earliest.TryGetValue(item, out var known) || order(found) < order(known)))
            {
                earliest[item] = found;
            }

            if (seen.FirstOther is null && value is not null && differs)
            {
                groups[group] = (seen.First, item);
            }
        }
    }

    /// <summary>The same as <see cref="Among"/> for the pairs that also pass <paramref name="related"/>, comparing every pair of a group.</summary>
    private static void AmongPairs(IEnumerable<BgpPeer> items, Func<BgpPeer, (string Group, string? Value)> key, Func<BgpPeer, BgpPeer, bool> related, Dictionary<BgpPeer, BgpPeer> earliest)
    {
        var groups = new Dictionary<string, List<BgpPeer>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var (group, value) = key(item);
            var before = groups.TryGetValue(group, out var list) ? list : groups[group] = [];
            if (before.FirstOrDefault(other => Differs(value, other, key) && related(item, other)) is { } found)
            {
                earliest[item] = found;
            }

            before.Add(item);
        }
    }

    private static bool Differs(string? value, BgpPeer other, Func<BgpPeer, (string Group, string? Value)> key) =>
        value is null || !string.Equals(value, key(other).Value, StringComparison.Ordinal);
}
