using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0215: localASN set to 0 (the schema's minimum is 1).</summary>
internal sealed class PeerLocalAsnRangeRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0215", "BGPPeer localASN is 0", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.localASN: Invalid value: 0: spec.localASN in body should be greater than or equal to 1",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "localASN"));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.LocalAsn is { Value: 0 })
        {
            // Only FRR mode passes localASN on; native rejects it (MLB0810), FRR-K8s mode drops it (MLB0832).
            var honoured = context.Mode == BackendMode.Frr;
            context.Report(resource, "spec.localASN", honoured
                ? "localASN is 0, but the schema requires 1 to 4294967295; remove the field to present myASN, or give the ASN to present to this peer"
                : $"localASN is 0, but the schema requires 1 to 4294967295; remove the field to present myASN (MetalLB {context.Options.MetalLbVersion} in {context.Mode.ToConfigName()} mode does not apply localASN; to present another ASN to this peer, set myASN)");
        }
    }
}
