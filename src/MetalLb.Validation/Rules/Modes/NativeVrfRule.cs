using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0803: native mode rejects spec.vrf.</summary>
internal sealed class NativeVrfRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0803", "BGPPeer sets vrf in native mode", "peer %s has vrf set on native bgp mode",
        releases: Releases.CrdFields.Range(BgpPeer.KindName, "vrf"));

    /// <inheritdoc />
    protected override string Field => "vrf";

    /// <inheritdoc />
    protected override string Purpose => "VRF";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => !string.IsNullOrEmpty(peer.Vrf);
}
