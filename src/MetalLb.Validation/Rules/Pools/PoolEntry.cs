using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>One valid <c>spec.addresses</c> entry with its pool, its index there and its place in the input.</summary>
internal readonly record struct PoolEntry(IpAddressPool Pool, int Index, PoolAddress Address, int Order)
{
    public UInt128 First => Address.First;

    public UInt128 Last => Address.Last;

    /// <summary>Every valid entry of the pools of the set a rule is checking, in input order; listed once per run.</summary>
    public static List<PoolEntry> All(RuleContext context) => context.Shared(c =>
    {
        var entries = new List<PoolEntry>(c.Set.Pools.Sum(p => p.Addresses.Count));
        foreach (var pool in c.Set.Pools)
        {
            for (var i = 0; i < pool.Addresses.Count; i++)
            {
                if (pool.Addresses[i].IsValid)
                {
                    entries.Add(new PoolEntry(pool, i, pool.Addresses[i], entries.Count));
                }
            }
        }

        return entries;
    });
}
