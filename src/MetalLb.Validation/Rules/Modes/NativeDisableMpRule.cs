using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0806: native mode rejects spec.disableMP.</summary>
internal sealed class NativeDisableMpRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0806", "BGPPeer sets disableMP in native mode", "peer %s has disable MP flag set on native bgp mode",
        releases: Releases.CrdFields.Range(BgpPeer.KindName, "disableMP"));

    /// <inheritdoc />
    protected override string Field => "disableMP";

    /// <inheritdoc />
    protected override string Purpose => "one session per address family";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => peer.DisableMp == true;
}
