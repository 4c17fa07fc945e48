using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>MLB0903: sourceAddress and peerAddress belong to different address families.</summary>
public sealed class SourceAddressFamilyRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0903", "sourceAddress and peerAddress are of different address families", RuleCategory.SourceAddress, Severity.Error,
        Modes: BackendModes.Native | BackendModes.Frr);

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.SourceAddress?.Address is { } source && resource.PeerAddress?.Address is { } router && source.AddressFamily != router.AddressFamily)
        {
            context.Report(
                resource,
                "spec.sourceAddress",
                $"sourceAddress {source} is {Family(source)} but peerAddress {router} is {Family(router)}: a TCP session cannot bind to an address of the other family, so it never comes up. Use a source of the router's family, or a second BGPPeer for the other family");
        }
    }

    private static string Family(System.Net.IPAddress address) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? "IPv4" : "IPv6";
}
