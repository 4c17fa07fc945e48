using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0229: a v1beta1 BGPPeer without holdTime or keepaliveTime. The conversion to v1beta2 stores missing timers as
/// explicit 0s rather than leaving them unset (since 0.14.9, when v1beta2's timers became pointers), so MetalLB's
/// defaults (hold 90s, keepalive hold/3) do not apply. Before 0.14.9 both versions held plain durations and a 0s timer
/// took the default.
/// </summary>
internal sealed class PeerV1Beta1TimersRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0229", "v1beta1 BGPPeer timer left unset becomes 0s", RuleCategory.Peers, DiagnosticSeverity.Warning,
        Releases: new ReleaseRange(new Version(0, 14, 9), null));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.ServedVersion != "v1beta1")
        {
            return;
        }

        var native = context.Mode == BackendMode.Native;
        switch (resource.HoldTime, resource.KeepaliveTime)
        {
            case (null, null):
                context.Report(resource, "spec",
                    native
                        ? "holdTime is unset; converting this v1beta1 BGPPeer to v1beta2 stores it as 0s, which disables the hold timer (the native speaker offers a hold time of 0 instead of 90s and sends no keepalives). Set holdTime: 90s (native mode rejects keepaliveTime and sends keepalives every third of the hold time), or move to metallb.io/v1beta2"
                        : "holdTime and keepaliveTime are unset; converting this v1beta1 BGPPeer to v1beta2 stores them as 0s, which disables the hold timer (FRR renders timers 0 0). Set holdTime: 90s and keepaliveTime: 30s, or move to metallb.io/v1beta2");
                break;
            case (not null, null) when !native:
                // The native speaker ignores keepaliveTime and sends keepalives every third of the negotiated hold time.
                context.Report(resource, "spec.holdTime",
                    $"keepaliveTime is unset; converting this v1beta1 BGPPeer to v1beta2 stores it as 0s instead of holdTime/3, so no keepalives are sent and the peer drops the session after {resource.HoldTime}. Set keepaliveTime (a third of holdTime), or move to metallb.io/v1beta2");
                break;
            case (null, not null):
                context.Report(resource, "spec.keepaliveTime",
                    native
                        ? $"holdTime is unset; converting this v1beta1 BGPPeer to v1beta2 stores it as 0s instead of 3 × keepaliveTime, and keepaliveTime {resource.KeepaliveTime} above a hold time of 0s makes MetalLB reject the peer. Remove keepaliveTime and set holdTime (native mode rejects keepaliveTime and sends keepalives every third of the hold time)"
                        : $"holdTime is unset; converting this v1beta1 BGPPeer to v1beta2 stores it as 0s instead of 3 × keepaliveTime, and keepaliveTime {resource.KeepaliveTime} above a hold time of 0s makes MetalLB reject the peer. Set holdTime (three times keepaliveTime), or move to metallb.io/v1beta2",
                    severity: DiagnosticSeverity.Error);
                break;
        }
    }
}
