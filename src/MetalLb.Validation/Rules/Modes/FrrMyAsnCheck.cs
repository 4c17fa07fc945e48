using System.Globalization;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>BGPPeers in one VRF with different myASN: one FRR router has one ASN per VRF. The same check in both release behaviours.</summary>
internal abstract class FrrMyAsnCheck : FrrPeerPairRule
{
    /// <summary>MetalLB's own message.</summary>
    protected const string MetalLbMessage = "peer %s has myAsn different from %s, in FRR mode peers selecting the same node must have the same myAsn within the same VRF";

    /// <inheritdoc />
    protected override string Field => "myASN";

    /// <inheritdoc />
    protected override string Group(BgpPeer peer) => PeerKeys.Vrf(peer);

    /// <inheritdoc />
    protected override string? Value(BgpPeer peer) => (peer.MyAsn?.Value ?? 0).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override string Message(BgpPeer later, BgpPeer earlier, string why, bool assumed) => FrrMessages.MyAsn(later, earlier, why, assumed, Descriptor.AppliesTo.From is null);
}
