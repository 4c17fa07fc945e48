using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0825: BGPPeers have different myASN in one VRF in FRR modes (0.15.3 and earlier) (MetalLB 0.15.3 and earlier: every pair).</summary>
public sealed class FrrMyAsnMismatchClusterWideRule : FrrMyAsnCheck
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0825", "BGPPeers have different myASN in one VRF in FRR modes (0.15.3 and earlier)", true, MetalLbMessage);
}
