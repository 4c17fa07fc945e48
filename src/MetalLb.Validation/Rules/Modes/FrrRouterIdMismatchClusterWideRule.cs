using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0821: BGPPeers have different routerID in FRR modes (0.15.3 and earlier) (MetalLB 0.15.3 and earlier: every pair).</summary>
public sealed class FrrRouterIdMismatchClusterWideRule : FrrPeerPairRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0821", "BGPPeers have different routerID in FRR modes (0.15.3 and earlier)", true, "peer %s has RouterID different from %s, in FRR mode peers selecting the same node must all have the same RouterID");

    /// <inheritdoc />
    protected override string Field => "routerID";

    /// <inheritdoc />
    protected override string? Value(BgpPeer peer) => PeerKeys.Address(peer.RouterId);

    /// <inheritdoc />
    protected override string Message(BgpPeer later, BgpPeer earlier, string why) => FrrMessages.RouterId(later, earlier, why);
}
