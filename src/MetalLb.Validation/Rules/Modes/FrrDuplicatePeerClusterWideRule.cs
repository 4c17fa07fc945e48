using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0823: Two BGPPeers for the same router in FRR modes (0.15.3 and earlier) (MetalLB 0.15.3 and earlier: every pair).</summary>
public sealed class FrrDuplicatePeerClusterWideRule : FrrDuplicatePeerCheck
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0823", "Two BGPPeers for the same router in FRR modes (0.15.3 and earlier)", true, MetalLbMessage);
}
