using MetalLb.Validation.Model;

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
        _sorted = [.. entries.OrderBy(e => e.Address.Family).ThenBy(e => e.First)];
        _reach = new UInt128[_sorted.Length];
        for (var i = 0; i < _sorted.Length; i++)
        {
            var sameFamily = i > 0 && _sorted[i - 1].Address.Family == _sorted[i].Address.Family;
            _reach[i] = sameFamily && _reach[i - 1] > _sorted[i].Last ? _reach[i - 1] : _sorted[i].Last;
        }
    }

    /// <summary>An entry overlapping <paramref name="entry"/> whose pool is not in <paramref name="ignored"/>, or null.</summary>
    public PoolEntry? FirstOverlap(PoolEntry entry, IReadOnlySet<KubernetesObject> ignored)
    {
        // Last position whose (family, first) is at most (entry's family, entry.Last).
        int lo = 0, hi = _sorted.Length - 1, at = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var m = _sorted[mid];
            var c = m.Address.Family != entry.Address.Family ? m.Address.Family.CompareTo(entry.Address.Family) : m.First.CompareTo(entry.Last);
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

        for (var i = at; i >= 0 && _sorted[i].Address.Family == entry.Address.Family && _reach[i] >= entry.First; i--)
        {
            if (_sorted[i].Last >= entry.First && !ignored.Contains(_sorted[i].Pool))
            {
                return _sorted[i];
            }
        }

        return null;
    }
}
