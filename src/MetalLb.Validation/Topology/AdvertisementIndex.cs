using System.Runtime.CompilerServices;
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
/// </summary>
public sealed class AdvertisementIndex
{
    // Weak: a prepared snapshot keeps the index while every admission request brings new advertisements.
    private readonly ConditionalWeakTable<KubernetesObject, IReadOnlyList<IpAddressPool>> _pools = [];
    private readonly Dictionary<IpAddressPool, int> _poolOrder = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BgpPeer, int> _peerOrder = new(ReferenceEqualityComparer.Instance);
    private readonly LabelIndex<IpAddressPool> _poolsByLabel;

    /// <summary>Indexes <paramref name="set"/>.</summary>
    public AdvertisementIndex(ConfigurationSet set)
        : this(set, static _ => true)
    {
    }

    /// <summary>Indexes the pools and peers of <paramref name="set"/> that <paramref name="read"/> accepts (those in MetalLB's namespace).</summary>
    internal AdvertisementIndex(ConfigurationSet set, Func<KubernetesObject, bool> read)
    {
        ArgumentNullException.ThrowIfNull(set);
        Set = set;
        PoolsByName = set.Pools.Where(p => p.Name is not null && read(p)).GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IpAddressPool>)g.ToList(), StringComparer.Ordinal);
        PeersByName = set.Peers.Where(p => p.Name is not null && read(p)).GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BgpPeer>)g.ToList(), StringComparer.Ordinal);
        for (var i = 0; i < set.Pools.Count; i++)
        {
            _poolOrder.TryAdd(set.Pools[i], i);
        }

        for (var i = 0; i < set.Peers.Count; i++)
        {
            _peerOrder.TryAdd(set.Peers[i], i);
        }

        _poolsByLabel = new LabelIndex<IpAddressPool>(set.Pools.Where(p => read(p)).ToList(), p => p.Metadata.Labels);
    }

    /// <summary>The shared index of the set a rule is checking.</summary>
    public static AdvertisementIndex For(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Shared(c => new AdvertisementIndex(c.Set, c.IsReadByMetalLb));
    }

    /// <summary>The indexed set.</summary>
    public ConfigurationSet Set { get; }

    /// <summary>Pools by name (a list, since a name can be defined twice).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IpAddressPool>> PoolsByName { get; }

    /// <summary>Peers by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<BgpPeer>> PeersByName { get; }

    /// <summary>The pools a BGPAdvertisement selects, in input order.</summary>
    public IReadOnlyList<IpAddressPool> Pools(BgpAdvertisement ad)
    {
        ArgumentNullException.ThrowIfNull(ad);
        return Pools(ad, ad.IpAddressPools, ad.IpAddressPoolSelectors);
    }

    /// <summary>The pools an L2Advertisement selects, in input order.</summary>
    public IReadOnlyList<IpAddressPool> Pools(L2Advertisement ad)
    {
        ArgumentNullException.ThrowIfNull(ad);
        return Pools(ad, ad.IpAddressPools, ad.IpAddressPoolSelectors);
    }

    /// <summary>The peers a BGPAdvertisement targets: those named in <c>peers</c>, or every peer when it is empty.</summary>
    public IReadOnlyList<BgpPeer> Peers(BgpAdvertisement ad)
    {
        ArgumentNullException.ThrowIfNull(ad);
        if (ad.Peers.Count == 0)
        {
            return Set.Peers;
        }

        return ad.Peers.Distinct(StringComparer.Ordinal)
            .SelectMany(name => PeersByName.GetValueOrDefault(name) ?? [])
            .OrderBy(p => _peerOrder[p])
            .ToList();
    }

    /// <summary>True when the pool has a valid entry of <paramref name="family"/>.</summary>
    public static bool HasFamily(IpAddressPool pool, AddressFamily family)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return pool.Addresses.Any(a => a.IsValid && a.Family == family);
    }

    private IReadOnlyList<IpAddressPool> Pools(KubernetesObject ad, IReadOnlyList<string> names, IReadOnlyList<LabelSelector> selectors)
    {
        if (!_pools.TryGetValue(ad, out var pools))
        {
            if (names.Count == 0 && selectors.Count == 0)
            {
                pools = Set.Pools;
            }
            else
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

                pools = [.. selected.OrderBy(p => _poolOrder[p])];
            }

            _pools.AddOrUpdate(ad, pools);
        }

        return pools;
    }
}
