using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0208: a peerAddress that is not an IP address as MetalLB parses it.</summary>
internal sealed class PeerAddressSyntaxRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0208", "BGPPeer peerAddress is not an IP address", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid BGPPeer address %q");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.PeerAddress is { IsValid: false, Text.Length: > 0 } address)
        {
            context.Report(resource, "spec.peerAddress", $"\"{address.Text}\" is not an IP address{Hint(address.Text)}");
        }
    }

    private static string Hint(string text) => text switch
    {
        _ when text.Contains('%', StringComparison.Ordinal) => "; MetalLB does not accept zoned link-local addresses (fe80::1%eth0): use spec.interface for unnumbered BGP",
        _ when text.Contains('/', StringComparison.Ordinal) => "; give the router's address without a prefix length",
        _ when text.Trim() != text => "; remove the surrounding spaces",
        _ => "; use a plain IPv4 or IPv6 address such as 192.0.2.1",
    };
}
