using System.Net;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// Pool entries sorted by first address with a running maximum of last addresses, so the entries that overlap a given
/// one are found by a binary search and a short walk back (as long as the entries have few overlaps). Immutable: one
/// built for a cluster's pools is shared by later runs (<see cref="PoolEntryIndex"/>).
/// </summary>
internal sealed class SortedPoolEntries
{
    private readonly PoolEntry[] _sorted;
    private readonly SortKey[] _keys;
    private readonly UInt128[] _reach;
    private readonly int[] _overlaps = new int[2];

    public SortedPoolEntries(IReadOnlyCollection<PoolEntry> entries)
    {
        // Sorted on copied keys: comparing through each entry's PoolAddress would chase a pointer per comparison.
        _sorted = [.. entries];
        _keys = [.. _sorted.Select(e => new SortKey((int)e.Address.Family, e.First, e.Order))];
        Array.Sort(_keys, _sorted);
        _reach = new UInt128[_sorted.Length];
        for (var i = 0; i < _sorted.Length; i++)
        {
            var sameFamily = i > 0 && _sorted[i - 1].Address.Family == _sorted[i].Address.Family;
            _reach[i] = sameFamily && _reach[i - 1] > _sorted[i].Last ? _reach[i - 1] : _sorted[i].Last;
        }
    }

    /// <summary>The entries of <paramref name="family"/>, sorted by first address (then input order).</summary>
    public ReadOnlySpan<PoolEntry> Sorted(System.Net.Sockets.AddressFamily family)
    {
        var start = Array.BinarySearch(_keys, new SortKey((int)family, UInt128.Zero, -1));
        var end = Array.BinarySearch(_keys, new SortKey((int)family, UInt128.MaxValue, int.MaxValue));
        return _sorted.AsSpan(~start, ~end - ~start);
    }

    /// <summary>True when two entries of <paramref name="family"/> share an address.</summary>
    public bool HasOverlap(System.Net.Sockets.AddressFamily family)
    {
        // Kept entries are asked on every run that reads them: the answer is computed once per family (a race computes
        // the same answer twice).
        var slot = family == System.Net.Sockets.AddressFamily.InterNetwork ? 0 : 1;
        if (_overlaps[slot] == 0)
        {
            _overlaps[slot] = FindOverlap(family) ? 2 : 1;
        }

        return _overlaps[slot] == 2;
    }

    private bool FindOverlap(System.Net.Sockets.AddressFamily family)
    {
        // Sorted by first address: an entry overlaps an earlier one exactly when one of those reaches its start.
        var sorted = Sorted(family);
        var reach = UInt128.Zero;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].First <= reach)
            {
                return true;
            }

            reach = i == 0 || sorted[i].Last > reach ? sorted[i].Last : reach;
        }

        return false;
    }

    /// <summary>True when some entry not of a pool in <paramref name="skipped"/> shares an address with [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public bool Intersects(System.Net.Sockets.AddressFamily family, UInt128 first, UInt128 last, IReadOnlySet<IpAddressPool>? skipped = null)
    {
        // No key has Order int.MaxValue: the search misses, and ~at - 1 is the last entry starting at or before last.
        var at = Array.BinarySearch(_keys, new SortKey((int)family, last, int.MaxValue));
        for (var i = ~at - 1; i >= 0 && _sorted[i].Address.Family == family && _reach[i] >= first; i--)
        {
            if (_sorted[i].Last >= first && skipped?.Contains(_sorted[i].Pool) != true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some entry not of a pool in <paramref name="skipped"/> contains <paramref name="address"/>.</summary>
    public bool Contains(IPAddress address, IReadOnlySet<IpAddressPool>? skipped = null)
    {
        var point = IpMath.ToInteger(address);
        return Intersects(address.AddressFamily, point, point, skipped);
    }

    /// <summary>The entries not of a pool in <paramref name="skipped"/> that contain <paramref name="address"/>, in input order.</summary>
    public List<PoolEntry> Containing(IPAddress address, IReadOnlySet<IpAddressPool>? skipped = null)
    {
        var point = IpMath.ToInteger(address);
        var found = new List<PoolEntry>();
        var at = Array.BinarySearch(_keys, new SortKey((int)address.AddressFamily, point, int.MaxValue));
        for (var i = ~at - 1; i >= 0 && _sorted[i].Address.Family == address.AddressFamily && _reach[i] >= point; i--)
        {
            if (_sorted[i].Last >= point && skipped?.Contains(_sorted[i].Pool) != true)
            {
                found.Add(_sorted[i]);
            }
        }

        found.Sort((a, b) => a.Order.CompareTo(b.Order));
        return found;
    }
}

/// <summary>
/// An entry's place in the index: family, first address, input order. A struct of its own because the sort of every
/// request's entries compares through it (a value tuple compares each field through a generic comparer).
/// </summary>
internal readonly record struct SortKey(int Family, UInt128 First, int Order) : IComparable<SortKey>
{
    public int CompareTo(SortKey other) =>
        Family != other.Family ? Family.CompareTo(other.Family)
        : First != other.First ? First.CompareTo(other.First)
        : Order.CompareTo(other.Order);
}

/// <summary>One valid <c>spec.addresses</c> entry with its pool, its index there and its place in the input.</summary>
internal readonly record struct PoolEntry(IpAddressPool Pool, int Index, PoolAddress Address, int Order)
{
    public UInt128 First => Address.First;

    public UInt128 Last => Address.Last;

    /// <summary>Every valid entry of the pools of the set a rule is checking, in input order; listed once per run.</summary>
    public static List<PoolEntry> All(RuleContext context) => context.Shared(c => Of(c.Set.Pools));

    /// <summary>Every valid entry of <paramref name="pools"/>, in order, numbered from <paramref name="firstOrder"/>.</summary>
    public static List<PoolEntry> Of(IEnumerable<IpAddressPool> pools, int firstOrder = 0)
    {
        var entries = new List<PoolEntry>();
        foreach (var pool in pools)
        {
            for (var i = 0; i < pool.Addresses.Count; i++)
            {
                if (pool.Addresses[i].IsValid)
                {
                    entries.Add(new PoolEntry(pool, i, pool.Addresses[i], firstOrder + entries.Count));
                }
            }
        }

        return entries;
    }

    /// <summary>How many valid entries <paramref name="pool"/> has.</summary>
    public static int CountOf(IpAddressPool pool)
    {
        var count = 0;
        foreach (var address in pool.Addresses)
        {
            count += address.IsValid ? 1 : 0;
        }

        return count;
    }
}
