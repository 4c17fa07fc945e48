using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0205: ebgpMultiHop on a peer whose peerASN equals myASN (iBGP).</summary>
internal sealed class PeerIbgpMultiHopRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0205", "BGPPeer sets ebgpMultiHop on an iBGP session", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid ebgp-multihop parameter set for an ibgp peer");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource is { EbgpMultiHop: true, PeerAsn.Value: > 0 and var peer, MyAsn.Value: var my } && peer == my)
        {
            context.Report(resource, "spec.ebgpMultiHop",
                $"ebgpMultiHop is set but peerASN equals myASN ({my}), so the session is iBGP; remove ebgpMultiHop (iBGP sessions may already span several hops)");
        }
    }
}
