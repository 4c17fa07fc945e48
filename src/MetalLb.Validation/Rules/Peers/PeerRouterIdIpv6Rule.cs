using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0226: an IPv6 routerID. MetalLB's parser accepts it, but a BGP identifier is a 32-bit number: the native
/// speaker panics when it builds the OPEN message and FRR refuses <c>bgp router-id</c> with an IPv6 address.
/// </summary>
internal sealed class PeerRouterIdIpv6Rule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0226", "BGPPeer routerID is an IPv6 address", RuleCategory.Peers, DiagnosticSeverity.Error);

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.RouterId is { Address: { AddressFamily: AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: false } } id)
        {
            context.Report(resource, "spec.routerID",
                $"routerID {id.Address} is an IPv6 address, but a BGP router ID is a 32-bit number written as IPv4 (also on IPv6-only sessions); the native speaker crashes on it and FRR rejects it. Use an IPv4 address unique to the router, such as the node's IPv4 or 10.255.0.1");
        }
    }
}
