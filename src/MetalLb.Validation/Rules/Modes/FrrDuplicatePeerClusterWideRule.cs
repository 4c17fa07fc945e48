using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0823: Two BGPPeers for the same router in FRR modes (0.15.3 and earlier) (MetalLB 0.15.3 and earlier: every pair).</summary>
public sealed class FrrDuplicatePeerClusterWideRule : FrrPeerPairRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0823", "Two BGPPeers for the same router in FRR modes (0.15.3 and earlier)", true, "peer %s already exists, FRR mode doesn't support duplicate BGPPeers selecting the same node");

    /// <inheritdoc />
    protected override string Field => "peerAddress";

    /// <inheritdoc />
    protected override string Group(BgpPeer peer) => PeerKeys.Identity(peer);

    /// <inheritdoc />
    protected override string? Value(BgpPeer peer) => null;

    /// <inheritdoc />
    protected override string Message(BgpPeer later, BgpPeer earlier, string why) => FrrMessages.Duplicate(later, earlier, why);
}
