using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0201: a BGPPeer without its local ASN.</summary>
internal sealed class PeerMyAsnMissingRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0201", "BGPPeer has no myASN", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "missing local ASN");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.MyAsn is not { Value: > 0 } && !resource.IsUnknown("spec.myASN"))
        {
            context.Report(resource, "spec.myASN", $"spec.myASN is {(resource.MyAsn is null ? "missing" : "0")}; set the ASN the nodes speak BGP as (1 to 4294967295)");
        }
    }
}
