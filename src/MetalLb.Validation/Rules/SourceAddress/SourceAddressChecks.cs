using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Pools;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>The SourceAddress checks; those about one BGPPeer alone are here, those against its nodes in <see cref="SourceOnNodes"/>.</summary>
internal static class SourceAddressChecks
{
    public static Rule[] All { get; } =
    [
        EachSourced(MetalLbRules.SourceAddressFamilyMismatch, FamilyMismatch, comparesWithConfiguration: false),
        EachSourced(MetalLbRules.SourceAddressInPool, InPool),
        EachSourced(MetalLbRules.SourceAddressLinkLocal, LinkLocal, comparesWithConfiguration: false),
        EachSourced(MetalLbRules.SourceAddressNotOnNode, SourceOnNodes.NotOnNode),
        EachSourcedSession(MetalLbRules.SourceAddressNotOnPeerInterface, SourceOnNodes.NotOnPeerInterface),
        EachSourced(MetalLbRules.SourceAddressOfOtherNode, SourceOnNodes.OfOtherNode),
        EachSourcedSession(MetalLbRules.SourceAddressOffLink, SourceOnNodes.OffLink),
        EachSourced(MetalLbRules.SourceAddressSharedByNodes, SourceOnNodes.SharedByNodes),
        EachSourcedSession(MetalLbRules.SourceAddressOnUnusableInterface, SourceOnNodes.OnUnusableInterface),
    ];

    /// <summary>A check of each BGPPeer that sets a valid sourceAddress.</summary>
    private static Rule EachSourced(RuleDescriptor rule, Action<BgpPeer, IPAddress, RuleContext> check, bool comparesWithConfiguration = true) =>
        Rule.ForEach<BgpPeer>(rule, (peer, context) => Run(peer.SourceAddress?.Address, source => check(peer, source, context)), comparesWithConfiguration);

    /// <summary>A check of each session the mode binds to a sourceAddress, on the nodes whose interfaces are known.</summary>
    private static Rule EachSourcedSession(RuleDescriptor rule, Action<NodeView, BgpSession, IPAddress, RuleContext> check) =>
        Rule.ForSet(rule, context =>
        {
            foreach (var node in ClusterModel.For(context).Nodes.Where(n => n.HasInterfaces))
            {
                foreach (var session in node.Sessions)
                {
                    Run(session.SourceAddress, source => check(node, session, source, context));
                }
            }
        });

    private static void Run(IPAddress? source, Action<IPAddress> check)
    {
        if (source is not null)
        {
            check(source);
        }
    }

    /// <summary>MLB0903: native dialMD5 opens the socket in the peer's family and copies the source into it; FRR binds update-source and gives up when the bind fails.</summary>
    private static void FamilyMismatch(BgpPeer peer, IPAddress source, RuleContext context)
    {
        if (peer.PeerAddress?.Address is not { } router || source.AddressFamily == router.AddressFamily)
        {
            return;
        }

        var what = $"sourceAddress {source} is {Family(source.AddressFamily)} but peerAddress {router} is {Family(router.AddressFamily)}: ";
        const string fix = "Use a sourceAddress of the router's family (a second BGPPeer for the other family), or drop sourceAddress";
        if (context.Mode == BackendMode.Native && source.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // dialMD5 builds an AF_INET socket for an IPv4 peer and copies laddr.IP.To4() into it: nil for an IPv6
            // source, so the socket is bound to 0.0.0.0 and the kernel picks the source.
            context.Report(MetalLbRules.SourceAddressFamilyMismatch, peer, "spec.sourceAddress",
                what + $"the native speaker opens an IPv4 socket for the peer and cannot put the IPv6 source in it, so it binds 0.0.0.0 and the kernel sources the session from the node's own IPv4 address toward {router}. sourceAddress is silently ignored: the session comes up only if the router has that node address as its neighbor, and a router configured for another address refuses it. " + fix, severity: DiagnosticSeverity.Warning);
            return;
        }

        var effect = context.Mode == BackendMode.Native
            ? $"the native speaker opens an IPv6 socket for the peer and binds the IPv4 source as ::ffff:{source}; Linux refuses to send to a native IPv6 address from a v4-mapped source (connect fails with 'address family not supported by protocol', ip6_dst_lookup_tail), so the session never comes up and the speaker retries forever"
            : $"FRR's 'neighbor {router} update-source {source}' binds an address of the other family to the session's socket, the bind fails, and bgpd gives up each connection attempt (bgp_connect: bgp_update_source < 0), so the neighbor never leaves Active";
        context.Report(MetalLbRules.SourceAddressFamilyMismatch, peer, "spec.sourceAddress", what + effect + ". " + fix);
    }

    private static string Family(AddressFamily family) => family == AddressFamily.InterNetwork ? "IPv4" : "IPv6";

    /// <summary>MLB0902: MetalLB answers ARP/NDP for L2 addresses but never assigns them, and an auto-assign pool may give the address to a Service.</summary>
    private static void InPool(BgpPeer peer, IPAddress source, RuleContext context)
    {
        HashSet<IpAddressPool>? l2Pools = null;
        foreach (var (pool, _, entry, _) in PoolEntryIndex.For(context).Containing(source).DistinctBy(e => e.Pool))
        {
            // Pools any L2Advertisement announces, whether or not its nodes are known.
            l2Pools ??= context.Set.L2Advertisements.SelectMany(AdvertisementIndex.For(context).Pools).ToHashSet();
            if (l2Pools.Contains(pool))
            {
                context.Report(MetalLbRules.SourceAddressInPool, peer, "spec.sourceAddress",
                    $"sourceAddress {source} is in IPAddressPool \"{pool.Name}\" ({entry.Text}), which an L2Advertisement announces: MetalLB answers ARP/NDP for it on one elected node but never assigns it to an interface, so a session cannot bind to it. Use an address assigned on the node (a loopback VIP) outside every pool");
                continue;
            }

            var how = pool.AutoAssign == false ? "a Service that asks for it by annotation or loadBalancerIP gets it" : "the pool auto-assigns, so any LoadBalancer Service may get it";
            context.Report(MetalLbRules.SourceAddressInPool, peer, "spec.sourceAddress",
                $"sourceAddress {source} is in IPAddressPool \"{pool.Name}\" ({entry.Text}): {how}, and the address would then be announced for the Service while the BGP session is bound to it. Take {source} out of the pool", severity: DiagnosticSeverity.Warning);
        }
    }

    /// <summary>MLB0908: MetalLB passes the bare address, with no zone, and Linux refuses to bind link-local without an interface (EINVAL).</summary>
    private static void LinkLocal(BgpPeer peer, IPAddress source, RuleContext context)
    {
        if (!SessionSources.IsLinkLocal(source)
            || !string.IsNullOrEmpty(peer.Interface) || peer.PeerAddress?.Address is not { AddressFamily: AddressFamily.InterNetworkV6 } router)
        {
            return;
        }

        var effect = context.Mode == BackendMode.Native
            ? "the native speaker binds it with no zone (dialMD5 resolves \"[" + source + "]:0\", so the socket's scope id is 0) and the kernel rejects the bind with EINVAL ('bind: invalid argument'); the speaker retries forever"
            : $"FRR gets 'neighbor {router} update-source {source}', binds that address to a socket tied to no interface, the kernel rejects it with EINVAL and bgpd gives up every connection attempt (the neighbor stays in Active). FRR would take an interface name in update-source, but MetalLB writes only an address there and rejects anything that is not one";
        context.Report(MetalLbRules.SourceAddressLinkLocal, peer, "spec.sourceAddress",
            $"sourceAddress {source} is an IPv6 link-local address (fe80::/10), which is only unique together with an interface, and MetalLB passes no interface with it: {effect}. Use a global or unique-local IPv6 address of the node, or drop sourceAddress{(context.Mode == BackendMode.Frr ? "; to peer over link-local addresses, use spec.interface (unnumbered BGP) instead of peerAddress" : string.Empty)}");
    }
}
