using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0216: a routerID that is not an IP address.</summary>
internal sealed class PeerRouterIdSyntaxRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0216", "BGPPeer routerID is not an IP address", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid router ID %q");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.RouterId is { IsValid: false, Text.Length: > 0 } id)
        {
            context.Report(resource, "spec.routerID", $"routerID \"{id.Text}\" is not an IP address; a BGP router ID is written as an IPv4 address, such as 10.0.0.1");
        }
    }
}
