using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0822: Two BGPPeers for the same router on one node in FRR modes (0.16.0 and later compare only pairs sharing a node).</summary>
internal sealed class FrrDuplicatePeerRule : FrrDuplicatePeerCheck
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0822", "Two BGPPeers for the same router on one node in FRR modes", false, MetalLbMessage);
}
