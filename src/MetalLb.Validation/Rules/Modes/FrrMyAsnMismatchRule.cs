using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0824: BGPPeers on one node have different myASN in one VRF in FRR modes (0.16.0 and later compare only pairs sharing a node).</summary>
internal sealed class FrrMyAsnMismatchRule : FrrMyAsnCheck
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0824", "BGPPeers on one node have different myASN in one VRF in FRR modes", false, MetalLbMessage);
}
