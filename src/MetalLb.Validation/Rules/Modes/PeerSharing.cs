using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>Whether two peers can have sessions on the same node, and how that was decided (for the message).</summary>
internal static class PeerSharing
{
    /// <summary>
    /// True when some node runs both peers. The nodes are the cluster's (<see cref="ClusterNodes"/>): Node objects, or
    /// without them the nodes interface data names, each labelled <c>kubernetes.io/hostname</c>. With no node known at
    /// all, MetalLB (and this) assume yes. The reason is a clause for the message; <paramref name="node"/> is a common
    /// node when one is known.
    /// </summary>
    public static bool Shares(RuleContext context, BgpPeer a, BgpPeer b, out string reason, out string? node, out bool assumed)
    {
        var nodes = ClusterNodes.For(context);
        node = null;
        assumed = false;
        if (nodes.IsEmpty)
        {
            assumed = a.NodeSelectors.Count > 0 || b.NodeSelectors.Count > 0;
            reason = assumed
                ? "no Node objects or interface data were given, so, like MetalLB, this conservatively assumes both select a common node"
                : "neither has nodeSelectors, so both run on every node";
            return true;
        }

        var common = context.Shared(_ => new CommonNodeCache()).FirstCommon(nodes.Selected(a.NodeSelectors), nodes.Selected(b.NodeSelectors));
        node = common;
        reason = common is null ? string.Empty : $"both select node \"{common}\"";
        return common is not null;
    }
}
