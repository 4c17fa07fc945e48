using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0807: native mode rejects spec.dualStackAddressFamily.</summary>
internal sealed class NativeDualStackRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0807", "BGPPeer sets dualStackAddressFamily in native mode", "peer %s has dualstackaddressfamily flag set on native bgp mode",
        releases: Releases.CrdFields.Range(BgpPeer.KindName, "dualStackAddressFamily"));

    /// <inheritdoc />
    protected override string Field => "dualStackAddressFamily";

    /// <inheritdoc />
    protected override string Purpose => "IPv4 and IPv6 routes on one session";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => peer.DualStackAddressFamily == true;
}
