using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// MLB0908: an IPv6 link-local sourceAddress (fe80::/10) on a numbered session. MetalLB passes the bare address, with
/// no zone, and Linux refuses to bind a link-local address to a socket that names no interface (EINVAL).
/// </summary>
internal sealed class SourceAddressLinkLocalRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0908", "sourceAddress is an IPv6 link-local address", RuleCategory.SourceAddress, DiagnosticSeverity.Error,
        Modes: BackendModes.Native | BackendModes.Frr,
        MetalLbMessage: "bind: invalid argument (native speaker log, retried forever)");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.SourceAddress?.Address is not { } source || !SessionSources.IsLinkLocal(source)
            || !string.IsNullOrEmpty(resource.Interface)
            || resource.PeerAddress?.Address is not { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } router)
        {
            return;
        }

        var effect = context.Mode == BackendMode.Native
            ? "the native speaker binds it with no zone (dialMD5 resolves \"[" + source + "]:0\", so the socket's scope id is 0) and the kernel rejects the bind with EINVAL ('bind: invalid argument'); the speaker retries forever"
            : $"FRR gets 'neighbor {router} update-source {source}', binds that address to a socket tied to no interface, the kernel rejects it with EINVAL and bgpd gives up every connection attempt (the neighbor stays in Active). FRR would take an interface name in update-source, but MetalLB writes only an address there and rejects anything that is not one";
        context.Report(
            resource,
            "spec.sourceAddress",
            $"sourceAddress {source} is an IPv6 link-local address (fe80::/10), which is only unique together with an interface, and MetalLB passes no interface with it: {effect}. Use a global or unique-local IPv6 address of the node, or drop sourceAddress{(context.Mode == BackendMode.Frr ? "; to peer over link-local addresses, use spec.interface (unnumbered BGP) instead of peerAddress" : string.Empty)}");
    }
}
