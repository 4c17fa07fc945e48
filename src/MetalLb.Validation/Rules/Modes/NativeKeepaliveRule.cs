using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0802: native mode rejects spec.keepaliveTime.</summary>
internal sealed class NativeKeepaliveRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0802", "BGPPeer sets keepaliveTime in native mode", "peer %s has keepalive-time set on native bgp mode");

    /// <inheritdoc />
    protected override string Field => "keepaliveTime";

    /// <inheritdoc />
    protected override string Purpose => "keepalive interval";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => peer.KeepaliveTime is { } keepalive && keepalive.Value != TimeSpan.Zero;
}
