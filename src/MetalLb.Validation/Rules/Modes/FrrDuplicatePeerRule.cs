using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0822: Two BGPPeers for the same router on one node in FRR modes (later releases: pairs sharing a node).</summary>
public sealed class FrrDuplicatePeerRule : FrrPeerPairRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0822", "Two BGPPeers for the same router on one node in FRR modes", false, "peer %s already exists, FRR mode doesn't support duplicate BGPPeers selecting the same node");

    /// <inheritdoc />
    protected override string Field => "peerAddress";

    /// <inheritdoc />
    protected override string Group(BgpPeer peer) => PeerKeys.Identity(peer);

    /// <inheritdoc />
    protected override string? Value(BgpPeer peer) => null;

    /// <inheritdoc />
    protected override string Message(BgpPeer later, BgpPeer earlier, string why) => FrrMessages.Duplicate(later, earlier, why);
}
