using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0231: an iBGP BGPPeer whose routerID is the router's own address (peerAddress). RFC 6286 2.2 (and FRR's and
/// BIRD 2's OPEN handling) refuse an internal peer's OPEN whose BGP Identifier equals the receiver's own with
/// "Bad BGP Identifier". The router's identifier is not in the input, but a router that takes it from its peering
/// address is common, and a MetalLB router ID naming the router is a mistake either way.
/// </summary>
internal sealed class PeerRouterIdIsRouterAddressRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0231", "iBGP BGPPeer's routerID is the router's address", RuleCategory.Peers, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.RouterId?.Address is not { } id || resource.PeerAddress?.Address is not { } router || !id.Equals(router))
        {
            return;
        }

        var internalPeer = resource.DynamicAsn switch
        {
            "internal" => true,
            "external" => false,
            _ => resource.PeerAsn is { } p && resource.MyAsn is { } m && p.Value == m.Value,
        };
        if (!internalPeer)
        {
            return;
        }

        context.Report(
            resource,
            "spec.routerID",
            $"routerID {id} is the router's own address (peerAddress) on an iBGP session. A BGP speaker refuses an internal peer's OPEN whose BGP Identifier equals its own (RFC 6286 section 2.2; FRR and BIRD send NOTIFICATION 'Bad BGP Identifier'), so if the router uses {router} as its router ID, as routers that pick it from their interfaces often do, the session never establishes. The router ID identifies MetalLB's speaker, not the router: remove spec.routerID (MetalLB then uses an address of the node) or set it to an address that belongs to the node; in FRR modes do the same on every BGPPeer of the node, since they must agree");
    }
}
