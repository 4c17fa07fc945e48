using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0203: a BGPPeer that sets both peerASN and dynamicASN.</summary>
internal sealed class PeerAsnAndDynamicAsnRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0203", "BGPPeer sets both peerASN and dynamicASN", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "both peer ASN and dynamicASN specified",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "dynamicASN"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.PeerAsn is { Value: > 0 } asn && !string.IsNullOrEmpty(resource.DynamicAsn))
        {
            context.Report(resource, "spec.dynamicASN", $"spec.peerASN ({asn}) and spec.dynamicASN ({resource.DynamicAsn}) are both set; keep exactly one");
        }
    }
}
