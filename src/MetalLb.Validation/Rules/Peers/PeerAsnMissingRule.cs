using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0202: a BGPPeer with neither peerASN nor dynamicASN.</summary>
internal sealed class PeerAsnMissingRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0202", "BGPPeer has neither peerASN nor dynamicASN", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "missing peer ASN and dynamicASN");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.PeerAsn is not { Value: > 0 } && string.IsNullOrEmpty(resource.DynamicAsn) && !resource.IsUnknown("spec.peerASN") && !resource.IsUnknown("spec.dynamicASN"))
        {
            // dynamicASN exists from 0.14.9, at v1beta2 only, and native mode rejects it (DiscardFRROnly).
            var offersDynamic = resource.ServedVersion != "v1beta1" && context.Mode != BackendMode.Native && Releases.CrdFields.Has(BgpPeer.KindName, "dynamicASN", context.Options.MetalLbVersion);
            var alternative = offersDynamic ? ", or dynamicASN: internal|external" : string.Empty;
            context.Report(resource, "spec.peerASN", $"spec.peerASN is {(resource.PeerAsn is null ? "missing" : "0")}; set the router's ASN{alternative}");
        }
    }
}
