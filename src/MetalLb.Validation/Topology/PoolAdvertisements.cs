using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Topology;

/// <summary>The BGPAdvertisements that select each pool, in input order; built once per run.</summary>
internal sealed class PoolAdvertisements
{
    private readonly Dictionary<IpAddressPool, List<BgpAdvertisement>> _byPool = new(ReferenceEqualityComparer.Instance);

    private PoolAdvertisements(RuleContext context)
    {
        var index = AdvertisementIndex.For(context);
        foreach (var ad in context.Set.BgpAdvertisements)
        {
            foreach (var pool in index.Pools(ad))
            {
                if (!_byPool.TryGetValue(pool, out var ads))
                {
                    _byPool[pool] = ads = [];
                }

                ads.Add(ad);
            }
        }
    }

    public static PoolAdvertisements For(RuleContext context) => context.Shared(c => new PoolAdvertisements(c));

    /// <summary>The BGPAdvertisements that select <paramref name="pool"/>, in input order.</summary>
    public IReadOnlyList<BgpAdvertisement> Of(IpAddressPool pool) => _byPool.TryGetValue(pool, out var ads) ? ads : [];
}
