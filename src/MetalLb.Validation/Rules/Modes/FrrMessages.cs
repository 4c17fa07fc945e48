using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>Messages of the FRR pair checks.</summary>
internal static class FrrMessages
{
    private const string Rejects = "MetalLB's FRR validator rejects the configuration";

    public static string RouterId(BgpPeer later, BgpPeer earlier, string why)
    {
        static string Show(BgpPeer p) => p.RouterId is { Text.Length: > 0 } id ? $"routerID {id.Text}" : "no routerID (FRR picks one itself)";
        var unset = later.RouterId is null || earlier.RouterId is null
            ? " An unset routerID counts as different from a set one, even if FRR would pick the same address."
            : string.Empty;
        return $"{Show(later)} differs from {PeerKeys.Describe(earlier)}'s {Show(earlier)}, and {why}; one FRR instance has one router ID, so {Rejects}.{unset} Give every BGPPeer on a node the same routerID (or leave it unset on all)";
    }

    public static string Duplicate(BgpPeer later, BgpPeer earlier, string why)
    {
        var vrf = PeerKeys.Vrf(later).Length > 0 ? $" in VRF \"{PeerKeys.Vrf(later)}\"" : string.Empty;
        var endpoint = later.PeerAddress is { Text.Length: > 0 } a ? $"address {a.Text}" : $"interface {later.Interface}";
        return $"{PeerKeys.Describe(earlier)} already peers with {endpoint}{vrf}, and {why}; FRR has one neighbor per address and VRF, so {Rejects}. Merge the two BGPPeers, or give them nodeSelectors that select disjoint nodes";
    }

    public static string MyAsn(BgpPeer later, BgpPeer earlier, string why)
    {
        var vrf = PeerKeys.Vrf(later).Length > 0 ? $"VRF \"{PeerKeys.Vrf(later)}\"" : "the default VRF";
        return $"myASN {later.MyAsn?.Value ?? 0} differs from {PeerKeys.Describe(earlier)}'s myASN {earlier.MyAsn?.Value ?? 0} in {vrf}, and {why}; one FRR router has one ASN per VRF, so {Rejects}. Use the same myASN, or put one peer in another VRF";
    }
}
