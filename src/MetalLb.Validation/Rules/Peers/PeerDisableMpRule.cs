using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>
/// MLB0225: disableMP is deprecated and has no effect, from 0.15.0 on. From 0.14.4 to 0.14.9 it took effect in FRR and
/// FRR-K8s modes (without it a session carried both address families), so it is not reported there.
/// </summary>
internal sealed class PeerDisableMpRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0225", "BGPPeer sets the deprecated disableMP", RuleCategory.Peers, DiagnosticSeverity.Warning,
        Releases: new ReleaseRange(new Version(0, 15, 0), null),
        MetalLbMessage: "disable mp is deprecated and has no effect since it's the default behavior now");

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.DisableMp)
        {
            var both = context.Mode == BackendMode.Native ? string.Empty : " (use dualStackAddressFamily for both)";
            context.Report(resource, "spec.disableMP",
                $"disableMP is deprecated and has no effect: each session already carries only its own address family{both}. Remove it; note that on CREATE it also makes MetalLB's webhook skip every other check of this BGPPeer");
        }
    }
}
