using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0825: BGPPeers have different myASN in one VRF in FRR modes (MetalLB 0.15.3 and earlier compare every pair).</summary>
internal sealed class FrrMyAsnMismatchClusterWideRule : FrrMyAsnCheck
{
    /// <summary>MetalLB's message up to 0.15.3 (<c>DiscardNativeOnly</c> in <c>internal/config/validation.go</c>).</summary>
    private const string ClusterWideMessage = "peer %s has myAsn different from %s, in FRR mode all myAsn must be equal for the same VRF";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = Frr("MLB0825", "BGPPeers have different myASN in one VRF in FRR modes (0.15.3 and earlier)", true, ClusterWideMessage);
}
