using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0209: an effective hold time (whole seconds) other than 0 and below 3s.</summary>
internal sealed class PeerHoldTimeMinimumRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0209", "BGPPeer hold time is neither 0 nor at least 3s", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid BGPPeer timers: invalid hold time %q: must be 0 or >=3s");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (PeerTimers.Of(resource, context.Options.MetalLbVersion) is not { } timers || timers.RoundedHold == TimeSpan.Zero || timers.RoundedHold >= TimeSpan.FromSeconds(3))
        {
            return;
        }

        if (timers.HoldDerived)
        {
            context.Report(resource, "spec.keepaliveTime",
                context.Mode == BackendMode.Native
                    ? $"holdTime is unset, so MetalLB derives it as 3 × keepaliveTime {resource.KeepaliveTime} = {timers.RoundedHold.TotalSeconds:0}s (whole seconds), which is neither 0 nor at least 3s; native mode rejects keepaliveTime anyway and sends keepalives every third of the hold time: remove keepaliveTime and set holdTime (90s is the usual default)"
                    : $"holdTime is unset, so MetalLB derives it as 3 × keepaliveTime {resource.KeepaliveTime} = {timers.RoundedHold.TotalSeconds:0}s (whole seconds), which is neither 0 nor at least 3s; set keepaliveTime to at least 1s, or set holdTime explicitly");
        }
        else
        {
            context.Report(resource, "spec.holdTime",
                $"holdTime {resource.HoldTime} is {timers.RoundedHold.TotalSeconds:0}s in whole seconds, which is neither 0 (disabled) nor at least 3s; use 0s or a value of 3s or more (90s is the usual default)");
        }
    }
}
