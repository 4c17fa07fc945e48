using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0805: native mode rejects spec.enableGracefulRestart.</summary>
internal sealed class NativeGracefulRestartRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0805", "BGPPeer enables graceful restart in native mode", "peer %s has EnableGracefulRestart flag set on native bgp mode",
        releases: Releases.CrdFields.Range(BgpPeer.KindName, "enableGracefulRestart"));

    /// <inheritdoc />
    protected override string Field => "enableGracefulRestart";

    /// <inheritdoc />
    protected override string Purpose => "BGP graceful restart";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => peer.EnableGracefulRestart == true;
}
