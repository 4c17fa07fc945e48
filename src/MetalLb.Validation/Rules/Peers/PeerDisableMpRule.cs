using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Peers;

/// <summary>MLB0225: disableMP is deprecated and has no effect.</summary>
public sealed class PeerDisableMpRule : ResourceRule<BgpPeer>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0225", "BGPPeer sets the deprecated disableMP", RuleCategory.Peers, Severity.Warning,
        MetalLbMessage: "disable mp is deprecated and has no effect since it's the default behavior now",
        Releases: new ReleaseRange(new Version(0, 15, 0), null));

    /// <inheritdoc />
    protected override void Check(BgpPeer resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.DisableMp)
        {
            context.Report(resource, "spec.disableMP",
                "disableMP is deprecated and has no effect: each session already carries only its own address family (use dualStackAddressFamily for both). Remove it; note that on CREATE it also makes MetalLB's webhook skip every other check of this BGPPeer");
        }
    }
}
