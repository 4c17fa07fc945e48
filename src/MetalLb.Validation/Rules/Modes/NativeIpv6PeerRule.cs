using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// MLB0833: an IPv6 peerAddress in native mode. The native speaker builds the dial address without brackets, so the
/// connection never starts (found by reading MetalLB's source after February 2025, not confirmed at runtime).
/// </summary>
internal sealed class NativeIpv6PeerRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0833", "IPv6 peerAddress in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native);

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.PeerAddress is { Address.AddressFamily: AddressFamily.InterNetworkV6 } address)
        {
            context.Report(resource, "spec.peerAddress", $"peerAddress {address.Text} is IPv6; the native speaker joins address and port without brackets (\"{address.Text}:{resource.PeerPort ?? 179}\"), so every dial fails with \"too many colons\" and the session never comes up. Peer over IPv4, or {FrrModeAdvice.RunInFrr(context.Options.MetalLbVersion)}");
        }
    }
}
