using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0810: native mode rejects spec.localASN.</summary>
internal sealed class NativeLocalAsnRule : NativeUnsupportedPeerFieldRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Native("MLB0810", "BGPPeer sets localASN in native mode", "peer %s has localASN set on native bgp mode",
        releases: Releases.CrdFields.Range(BgpPeer.KindName, "localASN"));

    /// <inheritdoc />
    protected override string Field => "localASN";

    /// <inheritdoc />
    protected override string Purpose => "presenting another local ASN";

    /// <inheritdoc />
    protected override bool IsSet(BgpPeer peer) => peer.LocalAsn is { Value: > 0 };
}
