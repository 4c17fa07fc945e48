using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0207: a BGPPeer with both peerAddress and interface.</summary>
internal sealed class PeerWithBothEndpointsRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0207", "BGPPeer sets both peerAddress and interface", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "peer has both Address and Interface specified",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "interface"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (!string.IsNullOrEmpty(resource.PeerAddress?.Text) && !string.IsNullOrEmpty(resource.Interface))
        {
            context.Report(resource, "spec.interface", $"spec.peerAddress ({resource.PeerAddress!.Text}) and spec.interface ({resource.Interface}) are both set; keep the address for numbered BGP or the interface for unnumbered BGP");
        }
    }
}
