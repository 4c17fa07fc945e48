using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>BGPPeers with different routerID: one FRR instance has one router ID. The same check in both release behaviours.</summary>
internal abstract class FrrRouterIdCheck : FrrPeerPairRule
{
    /// <summary>MetalLB's own message.</summary>
    protected const string MetalLbMessage = "peer %s has RouterID different from %s, in FRR mode peers selecting the same node must all have the same RouterID";

    /// <inheritdoc />
    protected override string Field => "routerID";

    /// <inheritdoc />
    protected override string? Value(BgpPeer peer) => PeerKeys.Address(peer.RouterId);

    /// <inheritdoc />
    protected override string Message(BgpPeer later, BgpPeer earlier, string why, bool assumed) => FrrMessages.RouterId(later, earlier, why, assumed, Descriptor.AppliesTo.From is null);
}
