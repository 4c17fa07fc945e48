using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0232: BGPPeers but no BGPAdvertisement. The speakers open every session and announce nothing over them: MetalLB
/// announces by BGP only the pools a BGPAdvertisement selects. In FRR-K8s mode an FRRConfiguration outside MetalLB can
/// advertise prefixes to the same neighbor (FRR-K8s merges the configurations), so there it is an info.
/// </summary>
internal sealed class PeerWithoutBgpAdvertisementRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0232", "BGPPeers but no BGPAdvertisement", RuleCategory.Peers, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The admission handler drops this finding: there the BGPAdvertisement usually arrives in the next request.
        if (context.Set.BgpAdvertisements.Count > 0)
        {
            return;
        }

        var frrK8s = context.Mode == BackendMode.FrrK8s;
        foreach (var peer in context.Set.Peers)
        {
            var router = peer.PeerAddress?.Text ?? peer.Interface ?? "the router";
            var other = frrK8s ? " (in FRR-K8s mode an FRRConfiguration of your own may still advertise prefixes to this neighbor; MetalLB announces none)" : string.Empty;
            context.Report(
                peer,
                "metadata.name",
                $"the input has no BGPAdvertisement: the speakers open the session to {router} and announce no Service address over it, since MetalLB announces by BGP only the pools a BGPAdvertisement selects{other}. Add a BGPAdvertisement (spec.ipAddressPools naming the pools to announce by BGP), or remove the BGPPeer if BGP is not used",
                severity: frrK8s ? DiagnosticSeverity.Info : null);
        }
    }
}
