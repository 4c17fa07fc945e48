using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0210: keepaliveTime greater than holdTime (equal is allowed).</summary>
internal sealed class PeerKeepaliveAboveHoldRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0210", "BGPPeer keepaliveTime is greater than holdTime", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid BGPPeer timers: invalid keepaliveTime %q, must be lower than holdTime %q");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (PeerTimers.Of(resource, context.Options.MetalLbVersion) is not { } timers || timers.Keepalive <= timers.Hold)
        {
            return;
        }

        var rounded = timers.RoundedHold;
        if (rounded != TimeSpan.Zero && rounded < TimeSpan.FromSeconds(3))
        {
            return; // MLB0209 reports it; MetalLB stops at the hold-time check.
        }

        var hold = timers.HoldDerived
            ? $"the holdTime MetalLB {context.Options.MetalLbVersion} uses when holdTime is unset or 0 ({PeerTimers.DefaultHold.TotalSeconds:0}s; {PeerTimers.DerivedHoldFrom} and later derive it as 3 × keepaliveTime)"
            : $"holdTime {resource.HoldTime}";
        var fix = timers.HoldDerived
            ? $"Set holdTime explicitly to at least keepaliveTime (3 × keepaliveTime is usual), or make keepaliveTime at most {PeerTimers.DefaultHold.TotalSeconds:0}s"
            : "Make keepaliveTime at most holdTime (a third of it is usual)";
        context.Report(resource, "spec.keepaliveTime",
            $"keepaliveTime {resource.KeepaliveTime} is greater than {hold}; the session would expire between keepalives, so MetalLB rejects the configuration. {fix}");
    }
}
