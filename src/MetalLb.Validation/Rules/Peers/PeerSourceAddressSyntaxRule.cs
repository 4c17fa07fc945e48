using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0217: a sourceAddress that is not an IP address (whether nodes own it is checked elsewhere).</summary>
internal sealed class PeerSourceAddressSyntaxRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0217", "BGPPeer sourceAddress is not an IP address", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid source IP %q");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.SourceAddress is { IsValid: false, Text.Length: > 0 } source)
        {
            var hint = source.Text.Contains('/', StringComparison.Ordinal)
                ? "; give the address without a prefix length"
                : "; give an address of the node (an interface name is not accepted)";
            context.Report(resource, "spec.sourceAddress", $"sourceAddress \"{source.Text}\" is not an IP address{hint}");
        }
    }
}
