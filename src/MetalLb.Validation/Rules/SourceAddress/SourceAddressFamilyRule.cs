using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// MLB0903: sourceAddress and peerAddress belong to different address families. What happens depends on the mode:
/// native <c>dialMD5</c> opens the socket in the peer's family and copies the source into it, FRR binds
/// <c>update-source</c> and gives up on the connection when the bind fails.
/// </summary>
internal sealed class SourceAddressFamilyRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0903", "sourceAddress and peerAddress are of different address families", RuleCategory.SourceAddress, DiagnosticSeverity.Error,
        Modes: BackendModes.Native | BackendModes.Frr);

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.SourceAddress?.Address is not { } source || resource.PeerAddress?.Address is not { } router || source.AddressFamily == router.AddressFamily)
        {
            return;
        }

        var what = $"sourceAddress {source} is {Family(source)} but peerAddress {router} is {Family(router)}: ";
        const string fix = "Use a sourceAddress of the router's family (a second BGPPeer for the other family), or drop sourceAddress";
        if (context.Mode == BackendMode.Native && source.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // dialMD5 builds an AF_INET socket for an IPv4 peer and copies laddr.IP.To4() into it: nil for an IPv6
            // source, so the socket is bound to 0.0.0.0 and the kernel picks the source.
            context.Report(
                resource,
                "spec.sourceAddress",
                what + $"the native speaker opens an IPv4 socket for the peer and cannot put the IPv6 source in it, so it binds 0.0.0.0 and the kernel sources the session from the node's own IPv4 address toward {router}. sourceAddress is silently ignored: the session comes up only if the router has that node address as its neighbor, and a router configured for another address refuses it. " + fix,
                severity: DiagnosticSeverity.Warning);
            return;
        }

        var effect = context.Mode == BackendMode.Native
            ? $"the native speaker opens an IPv6 socket for the peer and binds the IPv4 source as ::ffff:{source}; Linux refuses to send to a native IPv6 address from a v4-mapped source (connect fails with 'address family not supported by protocol', ip6_dst_lookup_tail), so the session never comes up and the speaker retries forever"
            : $"FRR's 'neighbor {router} update-source {source}' binds an address of the other family to the session's socket, the bind fails, and bgpd gives up each connection attempt (bgp_connect: bgp_update_source < 0), so the neighbor never leaves Active";
        context.Report(resource, "spec.sourceAddress", what + effect + ". " + fix);
    }

    private static string Family(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
}
