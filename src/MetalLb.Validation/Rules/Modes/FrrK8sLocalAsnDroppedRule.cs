using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0832: in FRR-K8s mode MetalLB does not pass localASN on to frr-k8s, so the session presents myASN.</summary>
internal sealed class FrrK8sLocalAsnDroppedRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0832", "localASN is ignored in FRR-K8s mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.FrrK8s,
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "localASN"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.LocalAsn is { Value: > 0 } local)
        {
            context.Report(resource, "spec.localASN", $"localASN {local.Value} has no effect in FRR-K8s mode: MetalLB builds the frr-k8s neighbor without it, so the session announces myASN {resource.MyAsn?.Value ?? 0}, and a router configured for AS {local.Value} rejects the OPEN (bad peer AS). Set myASN to {local.Value} on this BGPPeer instead of localASN (every BGPPeer sharing a node and VRF with it then needs myASN {local.Value} too: FRR has one ASN per VRF), or run MetalLB in FRR mode, which passes localASN on from 0.16.0");
        }
    }
}
