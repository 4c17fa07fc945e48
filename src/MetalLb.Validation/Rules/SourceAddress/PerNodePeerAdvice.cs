using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// Whether advice may tell a user to give a node its own BGPPeer toward a router another BGPPeer already reaches.
/// Native mode keeps one session per BGPPeer and node (MLB0830 only objects when two land on one node). FRR mode
/// keeps one neighbor per address: up to 0.15.3 MetalLB's <c>DiscardNativeOnly</c> rejects a second BGPPeer for the
/// same router whatever the nodeSelectors (MLB0823); from 0.16.0 <c>checkFRRPeersCompatible</c> accepts it when the
/// nodeSelectors are disjoint (MLB0822).
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
