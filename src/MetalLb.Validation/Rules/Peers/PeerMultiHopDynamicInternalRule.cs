using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0227: ebgpMultiHop with dynamicASN internal. The session is iBGP, where MetalLB rejects ebgpMultiHop when
/// peerASN is written out; with dynamicASN it does not check, and the setting has no effect.
/// </summary>
internal sealed class PeerMultiHopDynamicInternalRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0227", "BGPPeer sets ebgpMultiHop with dynamicASN internal", RuleCategory.Peers, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "dynamicASN"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource is { EbgpMultiHop: true, DynamicAsn: "internal" })
        {
            context.Report(resource, "spec.ebgpMultiHop",
                "ebgpMultiHop is set but dynamicASN is internal, so the session is iBGP and the setting does nothing (MetalLB rejects the same combination when peerASN equals myASN); remove ebgpMultiHop, or use dynamicASN external if the peer is in another AS");
        }
    }
}
