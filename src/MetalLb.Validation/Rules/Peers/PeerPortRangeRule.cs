using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0214: peerPort outside the schema's range (v1beta1 0..16384, v1beta2 1..16384).</summary>
internal sealed class PeerPortRangeRule : ResourceRule<BgpPeer>
{
    private const long Max = 16384;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0214", "BGPPeer peerPort is out of range", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.peerPort: Invalid value: %d: spec.peerPort in body should be less than or equal to 16384");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var min = resource.ServedVersion == "v1beta1" ? 0 : 1;
        if (resource.PeerPort is { } port && (port < min || port > Max))
        {
            context.Report(resource, "spec.peerPort",
                $"peerPort {port} is outside {min}..{Max}, the range the {resource.ServedVersion} schema accepts; use the router's BGP port (usually 179, or leave it unset)");
        }
    }
}
