using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0801: native mode rejects spec.bfdProfile.</summary>
internal sealed class NativeBfdProfileRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0801", "BGPPeer uses BFD in native mode", "peer %s has bfd-profile set on native bgp mode");

    /// <inheritdoc />
    protected override string Field => "bfdProfile";

    /// <inheritdoc />
    protected override string Purpose => "BFD";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => !string.IsNullOrEmpty(peer.BfdProfile);
}
