using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0809: native mode rejects spec.interface.</summary>
internal sealed class NativeInterfaceRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0809", "BGPPeer sets interface in native mode", "peer %s has interface set on native bgp mode",
        releases: Releases.CrdFields.Range(BgpPeer.KindName, "interface"));

    /// <inheritdoc />
    protected override string Field => "interface";

    /// <inheritdoc />
    protected override string Purpose => "unnumbered BGP";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => !string.IsNullOrEmpty(peer.Interface);
}
