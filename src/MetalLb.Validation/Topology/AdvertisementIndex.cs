using System.Net.Sockets;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Topology;

/// <summary>
/// Which pools each advertisement selects and which peers each BGPAdvertisement targets, with MetalLB's semantics:
/// a pool is selected when <c>ipAddressPools</c> names it OR an <c>ipAddressPoolSelectors</c> entry matches its
/// labels; with both lists empty, every pool is. Peers are targeted by name; an empty <c>peers</c> list targets all.
/// Part of the run's <see cref="ClusterModel"/>.
/// </summary>
internal sealed class AdvertisementIndex
{
    private readonly Dictionary<KubernetesObject, IReadOnlyList<IpAddressPool>> _pools = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IpAddressPool, int> _poolOrder = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BgpPeer, int> _peerOrder = new(ReferenceEqualityComparer.Instance);
    private readonly LabelIndex<IpAddressPool> _poolsByLabel;
    private Dictionary<IpAddressPool, List<BgpAdvertisement>>? _byPool;

    /// <summary>Indexes the pools, peers and advertisements of <paramref name="set"/> (the objects MetalLB reads).</summary>
    public AdvertisementIndex(ConfigurationSet set)
    {
        Set = set;
        PoolsByName = set.Pools.Where(p => p.Name is not null).GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IpAddressPool>)g.ToList(), StringComparer.Ordinal);
        PeersByName = set.Peers.Where(p => p.Name is not null).GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BgpPeer>)g.ToList(), StringComparer.Ordinal);
        for (var i = 0; i < set.Pools.Count; i++)
        {
            _poolOrder.TryAdd(set.Pools[i], i);
        }

        for (var i = 0; i < set.Peers.Count; i++)
        {
            _peerOrder.TryAdd(set.Peers[i], i);
        }

        _poolsByLabel = new LabelIndex<IpAddressPool>(set.Pools, p => p.Metadata.Labels);
    }

    /// <summary>The index of the run <paramref name="context"/> belongs to.</summary>
    public static AdvertisementIndex For(RuleContext context) => ClusterModel.For(context).Advertisements;

    /// <summary>The indexed set.</summary>
    public ConfigurationSet Set { get; }

    /// <summary>Pools by name (a list, since a name can be defined twice).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IpAddressPool>> PoolsByName { get; }

    /// <summary>Peers by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<BgpPeer>> PeersByName { get; }

    /// <summary>The pools a BGPAdvertisement selects, in input order.</summary>
    public IReadOnlyList<IpAddressPool> Pools(BgpAdvertisement ad) => Pools(ad, ad.IpAddressPools, ad.IpAddressPoolSelectors);

    /// <summary>The pools an L2Advertisement selects, in input order.</summary>
    public IReadOnlyList<IpAddressPool> Pools(L2Advertisement ad) => Pools(ad, ad.IpAddressPools, ad.IpAddressPoolSelectors);

    /// <summary>The BGPAdvertisements that select <paramref name="pool"/>, in input order (the former PoolAdvertisements).</summary>
    public IReadOnlyList<BgpAdvertisement> Of(IpAddressPool pool)
    {
        if (_byPool is null)
        {
            _byPool = new(ReferenceEqualityComparer.Instance);
            foreach (var ad in Set.BgpAdvertisements)
            {
                foreach (var selected in Pools(ad))
                {
                    if (!_byPool.TryGetValue(selected, out var ads))
                    {
                        _byPool[selected] = ads = [];
                    }

                    ads.Add(ad);
                }
            }
        }

        return _byPool.GetValueOrDefault(pool) ?? [];
    }

    /// <summary>The peers a BGPAdvertisement targets: those named in <c>peers</c>, or every peer when it is empty.</summary>
    public IReadOnlyList<BgpPeer> Peers(BgpAdvertisement ad) => ad.Peers.Count == 0
        ? Set.Peers
        : ad.Peers.Distinct(StringComparer.Ordinal).SelectMany(name => PeersByName.GetValueOrDefault(name) ?? []).OrderBy(p => _peerOrder[p]).ToList();

    /// <summary>True when the pool has a valid entry of <paramref name="family"/>.</summary>
    public static bool HasFamily(IpAddressPool pool, AddressFamily family) => pool.Addresses.Any(a => a.IsValid && a.Family == family);

    private IReadOnlyList<IpAddressPool> Pools(KubernetesObject ad, IReadOnlyList<string> names, IReadOnlyList<LabelSelector> selectors)
    {
        if (!_pools.TryGetValue(ad, out var pools))
        {
            var selected = new HashSet<IpAddressPool>(ReferenceEqualityComparer.Instance);
            foreach (var name in names)
            {
                selected.UnionWith(PoolsByName.GetValueOrDefault(name) ?? []);
            }

            foreach (var selector in selectors)
            {
                selected.UnionWith(_poolsByLabel.Candidates(selector).Where(p => selector.Matches(p.Metadata.Labels)));
            }

            _pools[ad] = pools = names.Count == 0 && selectors.Count == 0 ? Set.Pools : [.. selected.OrderBy(p => _poolOrder[p])];
        }

        return pools;
    }
}
