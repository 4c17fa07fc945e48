using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// The valid entries of the pools of the set a rule is checking, to find which entries contain an address and whether
/// two overlap. Sorting a cluster's entries is the costly part, and a webhook's runs differ from the cluster by an
/// object or two: the sorted entries of a set's pools are kept (with its first pool instance), and a later run whose
/// pools are those same instances in the same order, a few left out, and a few more at the end (the admission
/// handler's sets) reads the kept entries, skipping those of the pools left out, plus its own few. Every answer is
/// what an index built afresh gives, input order (<see cref="PoolEntry.Order"/>) included.
/// </summary>
internal sealed class PoolEntryIndex
{
    // Past these, a run builds its own index (it is no longer "a few objects changed").
    private const int MaxLeftOut = 16;
    private const int MaxAdded = 16;

    private static readonly ConditionalWeakTable<IpAddressPool, Kept> KeptByFirstPool = [];

    private readonly IReadOnlyList<IpAddressPool> _pools;
    private readonly SortedPoolEntries _kept;
    private readonly IReadOnlySet<IpAddressPool>? _leftOut;
    private readonly (int Start, int Count)[] _leftOutRanges;
    private readonly int _keptSurviving;
    private readonly SortedPoolEntries? _added;
    private readonly int _addedFirstOrder;
    private readonly bool _derived;
    private SortedPoolEntries? _whole;

    private PoolEntryIndex(IReadOnlyList<IpAddressPool> pools, SortedPoolEntries whole)
    {
        _pools = pools;
        _kept = _whole = whole;
        _leftOutRanges = [];
    }

    private PoolEntryIndex(IReadOnlyList<IpAddressPool> pools, Kept kept, IReadOnlySet<IpAddressPool> leftOut, (int Start, int Count)[] leftOutRanges, IReadOnlyList<IpAddressPool> added)
    {
        _pools = pools;
        _kept = kept.Entries;
        _leftOut = leftOut.Count == 0 ? null : leftOut;
        _leftOutRanges = leftOutRanges;
        _keptSurviving = kept.Count - leftOutRanges.Sum(r => r.Count);
        _addedFirstOrder = _keptSurviving;
        _added = added.Count == 0 ? null : new SortedPoolEntries(PoolEntry.Of(added, _addedFirstOrder));
        _derived = true;
    }

    /// <summary>True when this index reads entries kept from an earlier run (for tests).</summary>
    internal bool ReusesKeptEntries => _derived;

    /// <summary>The shared index of the pools of the set a rule is checking.</summary>
    public static PoolEntryIndex For(RuleContext context) => context.Shared(c => Of(c.Set.Pools));

    /// <summary>The index of <paramref name="pools"/>, from entries kept by an earlier run where it can.</summary>
    internal static PoolEntryIndex Of(IReadOnlyList<IpAddressPool> pools)
    {
        if (pools.Count > 0 && KeptByFirstPool.TryGetValue(pools[0], out var kept) && Derive(pools, kept) is { } derived)
        {
            return derived;
        }

        var entries = PoolEntry.Of(pools);
        var whole = new SortedPoolEntries(entries);
        if (pools.Count > 0)
        {
            KeptByFirstPool.AddOrUpdate(pools[0], new Kept([.. pools], whole, entries.Count));
        }

        return new PoolEntryIndex(pools, whole);
    }

    /// <summary>The entries of <paramref name="family"/>, sorted by first address (then input order).</summary>
    public ReadOnlySpan<PoolEntry> Sorted(AddressFamily family) => Whole().Sorted(family);

    /// <summary>True when two entries of <paramref name="family"/> share an address.</summary>
    public bool HasOverlap(AddressFamily family)
    {
        if (!_derived)
        {
            return _kept.HasOverlap(family);
        }

        // Leaving entries out can remove an overlap of the kept ones: only an overlap-free kept family is read as is.
        if (_kept.HasOverlap(family))
        {
            return Whole().HasOverlap(family);
        }

        if (_added is null)
        {
            return false;
        }

        if (_added.HasOverlap(family))
        {
            return true;
        }

        foreach (var entry in _added.Sorted(family))
        {
            if (_kept.Intersects(family, entry.First, entry.Last, _leftOut))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some entry contains <paramref name="address"/>.</summary>
    public bool Contains(IPAddress address) =>
        _derived ? _kept.Contains(address, _leftOut) || _added?.Contains(address) == true : _kept.Contains(address);

    /// <summary>The entries that contain <paramref name="address"/>, in input order.</summary>
    public List<PoolEntry> Containing(IPAddress address)
    {
        if (!_derived)
        {
            return _kept.Containing(address);
        }

        var found = _kept.Containing(address, _leftOut);
        if (_leftOutRanges.Length > 0)
        {
            for (var i = 0; i < found.Count; i++)
            {
                found[i] = found[i] with { Order = found[i].Order - LeftOutBefore(found[i].Order) };
            }
        }

        if (_added is not null)
        {
            found.AddRange(_added.Containing(address));
        }

        return found;
    }

    private int LeftOutBefore(int order)
    {
        var count = 0;
        foreach (var (start, length) in _leftOutRanges)
        {
            count += start < order ? length : 0;
        }

        return count;
    }

    private SortedPoolEntries Whole() => _whole ??= new SortedPoolEntries(PoolEntry.Of(_pools));

    /// <summary>
    /// <paramref name="pools"/> as the kept pools in their order with at most <see cref="MaxLeftOut"/> left out, then
    /// at most <see cref="MaxAdded"/> more; null when they are not.
    /// </summary>
    private static PoolEntryIndex? Derive(IReadOnlyList<IpAddressPool> pools, Kept kept)
    {
        var leftOut = new HashSet<IpAddressPool>(ReferenceEqualityComparer.Instance);
        var ranges = new List<(int Start, int Count)>();
        var next = 0;
        var order = 0;
        foreach (var pool in kept.Pools)
        {
            var count = PoolEntry.CountOf(pool);
            if (next < pools.Count && ReferenceEquals(pools[next], pool))
            {
                next++;
            }
            else
            {
                if (ranges.Count == MaxLeftOut)
                {
                    return null;
                }

                leftOut.Add(pool);
                ranges.Add((order, count));
            }

            order += count;
        }

        var added = pools.Count - next;
        if (added > MaxAdded)
        {
            return null;
        }

        // A pool left out but also kept elsewhere in the list (the same instance twice) cannot be skipped by instance.
        for (var i = 0; i < next; i++)
        {
            if (leftOut.Contains(pools[i]))
            {
                return null;
            }
        }

        return new PoolEntryIndex(pools, kept, leftOut, [.. ranges], [.. pools.Skip(next)]);
    }

    private sealed record Kept(IReadOnlyList<IpAddressPool> Pools, SortedPoolEntries Entries, int Count);
}
