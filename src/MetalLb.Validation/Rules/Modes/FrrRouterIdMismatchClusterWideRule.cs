using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0821: BGPPeers have different routerID in FRR modes (0.15.3 and earlier) (MetalLB 0.15.3 and earlier: every pair).</summary>
public sealed class FrrRouterIdMismatchClusterWideRule : FrrRouterIdCheck
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0821", "BGPPeers have different routerID in FRR modes (0.15.3 and earlier)", true, MetalLbMessage);
}
