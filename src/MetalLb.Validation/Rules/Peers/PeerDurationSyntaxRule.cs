using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0211: holdTime, keepaliveTime or connectTime that is not a Go duration.</summary>
internal sealed class PeerDurationSyntaxRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0211", "BGPPeer timer is not a duration", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "time: invalid duration %q");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        Check(resource, "holdTime", resource.HoldTime, context);
        Check(resource, "keepaliveTime", resource.KeepaliveTime, context);
        Check(resource, "connectTime", resource.ConnectTime, context);
    }

    private static void Check(BgpPeer peer, string field, DurationValue? value, RuleContext context)
    {
        if (value is { IsValid: false })
        {
            context.Report(peer, $"spec.{field}",
                $"{field} \"{value.Text}\" is not a duration; write a number with a unit, such as 90s, 1m30s or 500ms (units: ns, us, ms, s, m, h)");
        }
    }
}
