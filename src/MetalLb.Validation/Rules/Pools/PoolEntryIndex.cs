using System.Net;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// The entries of a snapshot sorted by first address with a running maximum of last addresses, so the entries that
/// overlap a given one are found by a binary search and a short walk back (as long as the snapshot has few overlaps).
/// </summary>
internal sealed class PoolEntryIndex
{
    private readonly PoolEntry[] _sorted;
    private readonly UInt128[] _reach;

    public PoolEntryIndex(List<PoolEntry> entries)
    {
        // Sorted on copied keys: comparing through each entry's PoolAddress would chase a pointer per comparison.
        _sorted = [.. entries];
        var keys = new (int Family, UInt128 First, int Order)[_sorted.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((int)_sorted[i].Address.Family, _sorted[i].First, _sorted[i].Order);
        }

        Array.Sort(keys, _sorted);
        _reach = new UInt128[_sorted.Length];
        for (var i = 0; i < _sorted.Length; i++)
        {
            var sameFamily = i > 0 && _sorted[i - 1].Address.Family == _sorted[i].Address.Family;
            _reach[i] = sameFamily && _reach[i - 1] > _sorted[i].Last ? _reach[i - 1] : _sorted[i].Last;
        }
    }

    /// <summary>The shared index of the pools of the set a rule is checking.</summary>
    public static PoolEntryIndex For(RuleContext context) => context.Shared(c => new PoolEntryIndex(PoolEntry.All(c)));

    /// <summary>The entries that contain <paramref name="address"/>, in input order.</summary>
    public List<PoolEntry> Containing(IPAddress address)
    {
        var point = IpMath.ToInteger(address);
        var found = new List<PoolEntry>();
        for (var i = LastStartingAtOrBefore(address.AddressFamily, point); i >= 0 && _sorted[i].Address.Family == address.AddressFamily && _reach[i] >= point; i--)
        {
            if (_sorted[i].Last >= point)
            {
                found.Add(_sorted[i]);
            }
        }

        found.Sort((a, b) => a.Order.CompareTo(b.Order));
        return found;
    }

    /// <summary>The last position whose (family, first address) is at most (<paramref name="family"/>, <paramref name="value"/>), or -1.</summary>
    private int LastStartingAtOrBefore(System.Net.Sockets.AddressFamily family, UInt128 value)
    {
        int lo = 0, hi = _sorted.Length - 1, at = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var m = _sorted[mid];
            var c = m.Address.Family != family ? m.Address.Family.CompareTo(family) : m.First.CompareTo(value);
            if (c <= 0)
            {
                at = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return at;
    }
}

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
