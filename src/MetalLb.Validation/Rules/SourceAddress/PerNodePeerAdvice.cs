using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// Whether advice may suggest one BGPPeer per node toward a router another BGPPeer reaches: native keeps a session per
/// BGPPeer and node; FRR keeps one neighbor per address, and up to 0.15.3 <c>DiscardNativeOnly</c> rejects a second BGPPeer
/// for it whatever the nodeSelectors (MLB0823), from 0.16.0 <c>checkFRRPeersCompatible</c> accepts disjoint ones (MLB0822).
/// </summary>
internal static class PerNodePeerAdvice
{
    /// <summary>True when per-node BGPPeers toward one router are accepted in this mode and release.</summary>
    public static bool Allowed(RuleContext context) =>
        context.Mode == BackendMode.Native || context.Options.MetalLbVersion >= MetalLbRelease.NodeAwareFrrChecksFrom;

    /// <summary>Why they are not, for the message.</summary>
    public static string Refused(RuleContext context) =>
        $"MetalLB {context.Options.MetalLbVersion} in FRR mode accepts one BGPPeer per router whatever the nodeSelectors ({MetalLbRelease.NodeAwareFrrChecksFrom} and later accept per-node BGPPeers with disjoint nodeSelectors)";

    /// <summary>A nodeSelectors value picking exactly these nodes by hostname.</summary>
    public static string Selector(IReadOnlyList<string> nodes) =>
        nodes.Count == 1
            ? $"matchLabels kubernetes.io/hostname: {nodes[0]}"
            : $"matchExpressions kubernetes.io/hostname In [{string.Join(", ", nodes)}]";
}
