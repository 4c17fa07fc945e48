using System.Globalization;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0825: BGPPeers have different myASN in one VRF in FRR modes (0.15.3 and earlier) (MetalLB 0.15.3 and earlier: every pair).</summary>
public sealed class FrrMyAsnMismatchClusterWideRule : FrrPeerPairRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0825", "BGPPeers have different myASN in one VRF in FRR modes (0.15.3 and earlier)", true, "peer %s has myAsn different from %s, in FRR mode peers selecting the same node must have the same myAsn within the same VRF");

    /// <inheritdoc />
    protected override string Field => "myASN";

    /// <inheritdoc />
    protected override string Group(BgpPeer peer) => PeerKeys.Vrf(peer);

    /// <inheritdoc />
    protected override string? Value(BgpPeer peer) => (peer.MyAsn?.Value ?? 0).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override string Message(BgpPeer later, BgpPeer earlier, string why) => FrrMessages.MyAsn(later, earlier, why);
}
