using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0808: native mode rejects spec.dynamicASN.</summary>
internal sealed class NativeDynamicAsnRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0808", "BGPPeer sets dynamicASN in native mode", "peer %s has dynamicASN set on native bgp mode",
        releases: Releases.CrdFields.Range(BgpPeer.KindName, "dynamicASN"));

    /// <inheritdoc />
    protected override string Field => "dynamicASN";

    /// <inheritdoc />
    protected override string Purpose => "learning the peer ASN from its OPEN";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => !string.IsNullOrEmpty(peer.DynamicAsn);
}
