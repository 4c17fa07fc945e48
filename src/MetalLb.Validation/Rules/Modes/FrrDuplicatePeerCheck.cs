using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>Two BGPPeers for the same router (address or interface, and VRF): FRR has one neighbor for each. The same check in both release behaviours.</summary>
internal abstract class FrrDuplicatePeerCheck : FrrPeerPairRule
{
    /// <summary>MetalLB's own message.</summary>
    protected const string MetalLbMessage = "peer %s already exists, FRR mode doesn't support duplicate BGPPeers selecting the same node";

    /// <inheritdoc />
    protected override string Field => "peerAddress";

    /// <inheritdoc />
    protected override string Group(BgpPeer peer) => PeerKeys.Identity(peer);

    /// <inheritdoc />
    protected override string? Value(BgpPeer peer) => null;

    /// <inheritdoc />
    protected override string Message(BgpPeer later, BgpPeer earlier, string why, bool assumed) => FrrMessages.Duplicate(later, earlier, why, assumed, Descriptor.AppliesTo.From is null);
}
