using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Topology;

/// <summary>
/// How many (node, peer) and (node, advertisement) pairs a set selects, for the per-node view's budget. A prepared
/// snapshot keeps the count, so a change costs the selections of its own objects, not those of every object.
/// </summary>
internal sealed class SelectedPairCount
{
    private SelectedPairCount(ConfigurationSet set, long pairs) => (Set, Pairs) = (set, pairs);

    /// <summary>The set counted.</summary>
    public ConfigurationSet Set { get; }

    /// <summary>The pairs it selects.</summary>
    public long Pairs { get; }

    /// <summary>The pairs <paramref name="context"/>'s set selects: counted once, then adjusted by the change.</summary>
    public static long For(RuleContext context, ClusterNodes cluster)
    {
        return context.Shared(c => new SelectedPairCount(c.Set, Count(c.Set, cluster))).Pairs;
    }

    /// <summary>The pairs <paramref name="set"/> selects.</summary>
    public static long Count(ConfigurationSet set, ClusterNodes cluster) =>
        set.Peers.Concat<KubernetesObject>(set.BgpAdvertisements).Concat(set.L2Advertisements).Sum(o => Count(o, cluster));

    private static long Count(KubernetesObject selecting, ClusterNodes cluster) => selecting switch
    {
        BgpPeer peer => cluster.Selected(peer.NodeSelectors).Count,
        BgpAdvertisement ad => cluster.Selected(ad.NodeSelectors).Count,
        L2Advertisement ad => cluster.Selected(ad.NodeSelectors).Count,
        _ => 0,
    };
}
