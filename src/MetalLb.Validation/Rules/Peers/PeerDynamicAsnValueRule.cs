using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0204: dynamicASN other than internal or external.</summary>
internal sealed class PeerDynamicAsnValueRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0204", "BGPPeer dynamicASN is not internal or external", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid dynamicASN %s",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "dynamicASN"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.DynamicAsn is { } value && value is not ("internal" or "external"))
        {
            context.Report(resource, "spec.dynamicASN", context.Mode == BackendMode.Native
                ? $"dynamicASN \"{value}\" is not allowed (only \"internal\" or \"external\"), and native mode rejects dynamicASN altogether; replace it with spec.peerASN, the router's ASN"
                : $"dynamicASN \"{value}\" is not allowed; write \"internal\" (the peer uses myASN) or \"external\" (any other ASN), in lower case, or set spec.peerASN instead");
        }
    }
}
