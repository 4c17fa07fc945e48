using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// Messages of the FRR pair checks. The advice depends on the release: up to 0.15.3 MetalLB compares every pair of
/// BGPPeers, so disjoint nodeSelectors do not help there; from 0.16.0 they do (<c>checkFRRPeersCompatible</c>).
/// </summary>
internal static class FrrMessages
{
    private const string Rejects = "MetalLB's FRR validator rejects the configuration";

    /// <summary>Why selectors do not help on the old releases, said once in each cluster-wide message.</summary>
    private static readonly string ClusterWideNote =
        $"; on this release disjoint nodeSelectors do not help ({MetalLbRelease.NodeAwareFrrChecksFrom} and later compare only BGPPeers that share a node)";

    public static string RouterId(BgpPeer later, BgpPeer earlier, string why, bool assumed, bool clusterWide)
    {
        static string Show(BgpPeer p) => p.RouterId is { Text.Length: > 0 } id ? $"routerID {id.Text}" : "no routerID (FRR picks one itself)";
        var unset = later.RouterId is null || earlier.RouterId is null
            ? " An unset routerID counts as different from a set one, even if FRR would pick the same address."
            : string.Empty;
        var fix = clusterWide
            ? $"Give every BGPPeer the same routerID, or leave it unset on all of them{ClusterWideNote}"
            : $"Give both BGPPeers the same routerID (or leave it unset on both), or give them nodeSelectors that select disjoint nodes{NodesNeeded(assumed)}";
        return $"{Show(later)} differs from {PeerKeys.Describe(earlier)}'s {Show(earlier)}, and {why}; one FRR instance has one router ID, so {Rejects}.{unset} {fix}";
    }

    public static string Duplicate(BgpPeer later, BgpPeer earlier, string why, bool assumed, bool clusterWide)
    {
        var vrf = PeerKeys.Vrf(later).Length > 0 ? $" in VRF \"{PeerKeys.Vrf(later)}\"" : string.Empty;
        var endpoint = later.PeerAddress is { Text.Length: > 0 } a ? $"address {a.Text}" : $"interface {later.Interface}";
        var fix = clusterWide
            ? $"Merge the two BGPPeers into one (one BGPPeer per router and VRF){ClusterWideNote}"
            : $"Merge the two BGPPeers into one, or give them nodeSelectors that select disjoint nodes{NodesNeeded(assumed)}";
        return $"{PeerKeys.Describe(earlier)} already peers with {endpoint}{vrf}, and {why}; FRR has one neighbor per address and VRF, so {Rejects}. {fix}";
    }

    public static string MyAsn(BgpPeer later, BgpPeer earlier, string why, bool assumed, bool clusterWide)
    {
        var vrf = PeerKeys.Vrf(later).Length > 0 ? $"VRF \"{PeerKeys.Vrf(later)}\"" : "the default VRF";
        var fix = clusterWide
            ? $"Use the same myASN on every BGPPeer of {vrf}{ClusterWideNote}"
            : $"Use the same myASN on both, or give them nodeSelectors that select disjoint nodes{NodesNeeded(assumed)}";
        return $"myASN {later.MyAsn?.Value ?? 0} differs from {PeerKeys.Describe(earlier)}'s myASN {earlier.MyAsn?.Value ?? 0} in {vrf}, and {why}; one FRR router has one ASN per VRF, so {Rejects}. {fix}";
    }

    /// <summary>Without Node objects the check cannot see disjoint selectors; say what to pass so it can.</summary>
    private static string NodesNeeded(bool assumed) =>
        assumed ? " (and give the Node objects, so the selectors can be compared)" : string.Empty;
}
