using System.Net.Sockets;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// For each entry, one entry that comes before it in the input and shares an address with it, if any: exactly the
/// entries MetalLB would reject when checking each CIDR against those defined before it. O(n log n): entries sorted by
/// first address, with Fenwick trees over input order (max last address among entries starting at or before,
/// min first address among entries starting after).
/// </summary>
internal static class OverlapFinder
{
    /// <summary>The overlaps among <paramref name="entries"/> (every entry of a run, <see cref="PoolEntry.Order"/> their index), sorted by <paramref name="index"/>.</summary>
    public static List<(PoolEntry Later, PoolEntry Earlier)> Find(List<PoolEntry> entries, PoolEntryIndex index)
    {
        var found = new List<(PoolEntry Later, PoolEntry Earlier)>();
        var rankOfOrder = new int[entries.Count];
        foreach (var family in (ReadOnlySpan<AddressFamily>)[AddressFamily.InterNetwork, AddressFamily.InterNetworkV6])
        {
            // A valid configuration has no overlap at all: that is seen in one pass over the sorted entries.
            if (!index.HasOverlap(family))
            {
                continue;
            }

            var group = entries.Where(e => e.Address.Family == family).ToList();

            for (var i = 0; i < group.Count; i++)
            {
                rankOfOrder[group[i].Order] = i;
            }

            // The index already has the family's entries sorted by first address: the ranks in that order.
            var sorted = index.Sorted(family);
            var byFirst = new int[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                byFirst[i] = rankOfOrder[sorted[i].Order];
            }

            found.AddRange(FindInFamily(group, byFirst));
        }

        return found;
    }

    /// <summary><paramref name="group"/> in input order; <paramref name="byFirst"/> its positions sorted by first address.</summary>
    private static List<(PoolEntry Later, PoolEntry Earlier)> FindInFamily(List<PoolEntry> group, int[] byFirst)
    {
        var n = group.Count;
        var partner = new int[n];
        Array.Fill(partner, -1);

        // Earlier entries starting at or before e.First that reach e.First: max Last over input ranks < rank(e).
        var maxLast = new Fenwick(n, preferMax: true);
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && group[byFirst[j]].First == group[byFirst[i]].First)
            {
                maxLast.Update(byFirst[j], group[byFirst[j]].Last);
                j++;
            }

            for (var k = i; k < j; k++)
            {
                var e = byFirst[k];
                if (maxLast.Query(e) is { } best && best.Value >= group[e].First)
                {
                    partner[e] = best.Index;
                }
            }

            i = j;
        }

        // Earlier entries starting strictly after e.First but within e: min First over input ranks < rank(e).
        var minFirst = new Fenwick(n, preferMax: false);
        for (var i = n - 1; i >= 0;)
        {
            var j = i;
            while (j >= 0 && group[byFirst[j]].First == group[byFirst[i]].First)
            {
                var e = byFirst[j];
                if (partner[e] < 0 && minFirst.Query(e) is { } best && best.Value <= group[e].Last)
                {
                    partner[e] = best.Index;
                }

                j--;
            }

            for (var k = i; k > j; k--)
            {
                minFirst.Update(byFirst[k], group[byFirst[k]].First);
            }

            i = j;
        }

        var result = new List<(PoolEntry, PoolEntry)>();
        for (var e = 0; e < n; e++)
        {
            if (partner[e] >= 0)
            {
                result.Add((group[e], group[partner[e]]));
            }
        }

        return result;
    }

    /// <summary>Prefix max (or min) with the index that holds it, over positions 0..n-1.</summary>
    private sealed class Fenwick(int n, bool preferMax)
    {
        private readonly (UInt128 Value, int Index)[] _tree = new (UInt128, int)[n + 1];
        private readonly bool[] _set = new bool[n + 1];

        public void Update(int position, UInt128 value)
        {
            for (var i = position + 1; i <= n; i += i & -i)
            {
                if (!_set[i] || (preferMax ? value > _tree[i].Value : value < _tree[i].Value))
                {
                    _tree[i] = (value, position);
                    _set[i] = true;
                }
            }
        }

        /// <summary>The best value among positions strictly before <paramref name="position"/>.</summary>
        public (UInt128 Value, int Index)? Query(int position)
        {
            (UInt128 Value, int Index)? best = null;
            for (var i = position; i > 0; i -= i & -i)
            {
                if (_set[i] && (best is null || (preferMax ? _tree[i].Value > best.Value.Value : _tree[i].Value < best.Value.Value)))
                {
                    best = _tree[i];
                }
            }

            return best;
        }
    }
}
