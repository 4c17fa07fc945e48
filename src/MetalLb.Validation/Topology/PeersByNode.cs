using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Topology;

/// <summary>
/// The BGPPeers that select each node, in input order. A prepared snapshot keeps it, so the per-node view of a change
/// that touches no peer and no node (an advertisement, say) finds its nodes' sessions without walking every peer.
/// </summary>
internal sealed class PeersByNode
{
    private readonly Dictionary<string, List<BgpPeer>> _byNode = new(StringComparer.Ordinal);

    private PeersByNode(ConfigurationSet set, ClusterNodes cluster)
    {
        foreach (var peer in set.Peers)
        {
            foreach (var node in cluster.Selected(peer.NodeSelectors))
            {
                if (!_byNode.TryGetValue(node, out var peers))
                {
                    _byNode[node] = peers = [];
                }

                peers.Add(peer);
            }
        }
    }

    /// <summary>The peers selecting <paramref name="node"/>, in input order.</summary>
    public IReadOnlyList<BgpPeer> Of(string node) => _byNode.TryGetValue(node, out var peers) ? peers : [];

    /// <summary>
    /// The index of <paramref name="context"/>'s set, or null in an incremental run whose change would alter it: then
    /// building it would cost more than walking the peers once.
    /// </summary>
    public static PeersByNode? For(RuleContext context, ClusterNodes cluster)
    {
        return context.Shared(c => new PeersByNode(c.Set, cluster));
    }
}
