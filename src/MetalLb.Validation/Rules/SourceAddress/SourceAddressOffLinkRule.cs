using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// MLB0905: a single-hop eBGP session (no ebgpMultiHop, peerASN differs from myASN) sourced from an address outside
/// every subnet the node shares with the router, a loopback /32 say. The router sees that address as its neighbor and,
/// by default, only brings up a single-hop eBGP neighbor that lies on one of its connected networks. A source inside
/// such a subnet (a kube-vip/keepalived /32 VIP on the LAN interface) is fine: from the router's side it is connected.
/// </summary>
internal sealed class SourceAddressOffLinkRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0905", "Single-hop eBGP session sourced from an address outside the router's subnet", RuleCategory.SourceAddress, DiagnosticSeverity.Warning,
        Modes: BackendModes.Native | BackendModes.Frr);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var node in NodeTopology.For(context).Nodes.Where(n => n.HasInterfaces))
        {
            foreach (var session in node.Sessions)
            {
                if (session is not { SourceAddress: { } source, RouterAddress: { } router, EbgpMultiHop: false, IsExternal: true, Interface: null }
                    || source.AddressFamily != router.AddressFamily
                    || node.FindUsable(source) is not { } owned)
                {
                    continue;
                }

                // The subnets the node shares with the router; the source only has to lie in one of them, on any
                // interface and with any prefix of its own (a /32 VIP next to the LAN address is on-link).
                var links = node.OnLinkWith(router).ToList();
                if (links.Any(l => l.Address.Subnet.Contains(source)))
                {
                    continue;
                }

                var shared = links.Count == 0
                    ? $"{node.Name} shares no subnet with router {router} at all"
                    : $"{node.Name} reaches router {router} on {string.Join(", ", links.Select(l => $"{l.Interface.Name} ({l.Address})"))}";
                var routerSide = $"The router sees {source} as its neighbor, and a single-hop eBGP neighbor outside its connected networks stays down by default (FRR: \"Waiting for NHT\" until 'neighbor {source} disable-connected-check' or 'ebgp-multihop'; Cisco: disable-connected-check; Junos: multihop)";
                var nodeSide = context.Mode switch
                {
                    BackendMode.Native => "; the native speaker ignores ebgpMultiHop (it sends with the default TTL), so only the router has to change",
                    _ when links.Count > 0 => string.Empty,
                    _ when router.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 => string.Empty,
                    _ => $"; the node's own FRR applies the same check to {router}, which is on none of its subnets, and does not connect either",
                };
                var keep = links.Count == 0
                    ? string.Empty
                    : $", or move the VIP into {links[0].Address.Subnet} (a /32 on {links[0].Interface.Name} inside the subnet the router shares is directly connected for the router)";
                context.Report(
                    session.Peer,
                    "spec.sourceAddress",
                    $"single-hop eBGP session to {router} (peerASN {session.PeerAsn}, myASN {session.MyAsn}) is sourced from {source} on {node.Name}/{owned.Interface.Name} ({owned.Address}), outside every subnet the node shares with the router; {shared}. {routerSide}{nodeSide}. Keep the source and set ebgpMultiHop: true, with multihop or disable-connected-check on the router and a route to {source} there{keep}",
                    node.Name);
            }
        }
    }
}
