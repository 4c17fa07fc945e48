using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0820: BGPPeers on one node have different routerID in FRR modes (0.16.0 and later compare only pairs sharing a node).</summary>
internal sealed class FrrRouterIdMismatchRule : FrrRouterIdCheck
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0820", "BGPPeers on one node have different routerID in FRR modes", false, MetalLbMessage);
}
