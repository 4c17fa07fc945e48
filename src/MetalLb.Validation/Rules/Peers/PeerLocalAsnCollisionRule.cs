using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0228: localASN equal to myASN (FRR refuses a local-as equal to the router's own AS) or to peerASN (the
/// peer then sees its own AS and treats the session as iBGP while this side is configured as eBGP: a warning).
/// </summary>
internal sealed class PeerLocalAsnCollisionRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0228", "BGPPeer localASN equals myASN or peerASN", RuleCategory.Peers, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "localASN"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.LocalAsn is not { Value: > 0 and var local })
        {
            return;
        }

        if (resource.MyAsn?.Value == local)
        {
            context.Report(resource, "spec.localASN",
                $"localASN {local} equals myASN; local-as must differ from the router's own AS (FRR rejects it). Remove localASN, or set the ASN this peer expects to see");
        }
        else if (resource.PeerAsn?.Value == local)
        {
            context.Report(resource, "spec.localASN",
                $"localASN {local} equals peerASN, so the peer sees its own AS in the OPEN message and treats the session as iBGP while this side is configured as eBGP (myASN {resource.MyAsn}); this is almost surely not meant. Remove localASN, or set myASN to {local} for iBGP",
                severity: DiagnosticSeverity.Warning);
        }
    }
}
