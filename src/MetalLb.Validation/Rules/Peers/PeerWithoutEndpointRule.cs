using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0206: a BGPPeer with neither peerAddress nor interface.</summary>
internal sealed class PeerWithoutEndpointRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0206", "BGPPeer has neither peerAddress nor interface", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "peer has no Address or Interface specified");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(resource.PeerAddress?.Text) && string.IsNullOrEmpty(resource.Interface) && !resource.IsUnknown("spec.peerAddress") && !resource.IsUnknown("spec.interface"))
        {
            // interface exists from 0.15.0, at v1beta2 only, and native mode rejects it (DiscardFRROnly).
            var offersInterface = resource.ServedVersion != "v1beta1" && context.Mode != BackendMode.Native && Releases.CrdFields.Has(BgpPeer.KindName, "interface", context.Options.MetalLbVersion);
            var alternative = offersInterface ? " or spec.interface (unnumbered BGP)" : string.Empty;
            context.Report(resource, "spec", $"the peer has no spec.peerAddress{alternative}; say where the router is");
        }
    }
}
