using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0804: native mode rejects spec.connectTime.</summary>
internal sealed class NativeConnectTimeRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0804", "BGPPeer sets connectTime in native mode", "peer %s has connect time set on native bgp mode",
        releases: Releases.CrdFields.Range(BgpPeer.KindName, "connectTime"));

    /// <inheritdoc />
    protected override string Field => "connectTime";

    /// <inheritdoc />
    protected override string Purpose => "connect retry timer";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => peer.ConnectTime is not null;
}
