using System.Globalization;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0824: BGPPeers on one node have different myASN in one VRF in FRR modes (later releases: pairs sharing a node).</summary>
public sealed class FrrMyAsnMismatchRule : FrrPeerPairRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0824", "BGPPeers on one node have different myASN in one VRF in FRR modes", false, "peer %s has myAsn different from %s, in FRR mode peers selecting the same node must have the same myAsn within the same VRF");

    /// <inheritdoc />
    protected override string Field => "myASN";

    /// <inheritdoc />
    protected override string Group(BgpPeer peer) => PeerKeys.Vrf(peer);

    /// <inheritdoc />
    protected override string? Value(BgpPeer peer) => (peer.MyAsn?.Value ?? 0).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override string Message(BgpPeer later, BgpPeer earlier, string why) => FrrMessages.MyAsn(later, earlier, why);
}
