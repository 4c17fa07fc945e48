using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0820: BGPPeers on one node have different routerID in FRR modes (later releases: pairs sharing a node).</summary>
public sealed class FrrRouterIdMismatchRule : FrrPeerPairRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0820", "BGPPeers on one node have different routerID in FRR modes", false, "peer %s has RouterID different from %s, in FRR mode peers selecting the same node must all have the same RouterID");

    /// <inheritdoc />
    protected override string Field => "routerID";

    /// <inheritdoc />
    protected override string? Value(BgpPeer peer) => PeerKeys.Address(peer.RouterId);

    /// <inheritdoc />
    protected override string Message(BgpPeer later, BgpPeer earlier, string why) => FrrMessages.RouterId(later, earlier, why);
}
