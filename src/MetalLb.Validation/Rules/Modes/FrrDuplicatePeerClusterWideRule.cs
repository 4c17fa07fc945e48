using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0823: Two BGPPeers for the same router in FRR modes (MetalLB 0.15.3 and earlier compare every pair).</summary>
internal sealed class FrrDuplicatePeerClusterWideRule : FrrDuplicatePeerCheck
{
    /// <summary>MetalLB's message up to 0.15.3 (<c>DiscardNativeOnly</c> in <c>internal/config/validation.go</c>).</summary>
    private const string ClusterWideMessage = "peer %s already exists, FRR mode doesn't support duplicate BGPPeers";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0823", "Two BGPPeers for the same router in FRR modes (0.15.3 and earlier)", true, ClusterWideMessage);
}
