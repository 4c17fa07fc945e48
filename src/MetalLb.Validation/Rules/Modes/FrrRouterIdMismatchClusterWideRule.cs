using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0821: BGPPeers have different routerID in FRR modes (MetalLB 0.15.3 and earlier compare every pair).</summary>
internal sealed class FrrRouterIdMismatchClusterWideRule : FrrRouterIdCheck
{
    /// <summary>MetalLB's message up to 0.15.3 (<c>DiscardNativeOnly</c> in <c>internal/config/validation.go</c>).</summary>
    private const string ClusterWideMessage = "peer %s has RouterID different from %s, in FRR mode all RouterID must be equal";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0821", "BGPPeers have different routerID in FRR modes (0.15.3 and earlier)", true, ClusterWideMessage);
}
