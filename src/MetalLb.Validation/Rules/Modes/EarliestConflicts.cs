namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// Finds, for each peer, the earliest peer before it in the input that it conflicts with: same group, and (unless
/// the value is null, where any two of a group conflict) a different value.
/// </summary>
internal static class EarliestConflicts
{
    /// <summary>
    /// Over <paramref name="positions"/> (ascending), in one pass: lowers <paramref name="earliest"/>[i] (-1: none yet)
    /// to the earliest position before i that conflicts with i. Per group it is enough to remember the first position,
    /// its value and the first position whose value differs from it.
    /// </summary>
    public static void Among(IEnumerable<int> positions, Func<int, (string Group, string? Value)> key, int[] earliest)
    {
        var groups = new Dictionary<string, (int First, int FirstOther)>(StringComparer.Ordinal);
        foreach (var i in positions)
        {
            var (group, value) = key(i);
            if (!groups.TryGetValue(group, out var seen))
            {
                groups[group] = (i, -1);
                continue;
            }

            var firstValue = key(seen.First).Value;
            var differs = value is null || !string.Equals(value, firstValue, StringComparison.Ordinal);
            var found = differs ? seen.First : seen.FirstOther;
            if (found >= 0 && (earliest[i] < 0 || found < earliest[i]))
            {
                earliest[i] = found;
            }

            if (seen.FirstOther < 0 && value is not null && differs)
            {
                groups[group] = (seen.First, i);
            }
        }
    }

    /// <summary>
    /// The same as <see cref="Among"/> over every position, counting only pairs that also pass
    /// <paramref name="related"/>: every pair of a group is compared, for inputs too large for the per-node view.
    /// </summary>
    public static void AmongPairs(Func<int, (string Group, string? Value)> key, Func<int, int, bool> related, int[] earliest)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < earliest.Length; i++)
        {
            var (group, value) = key(i);
            if (!groups.TryGetValue(group, out var before))
            {
                groups[group] = before = [];
            }

            foreach (var j in before)
            {
                if ((value is null || !string.Equals(value, key(j).Value, StringComparison.Ordinal)) && related(i, j))
                {
                    earliest[i] = j;
                    break;
                }
            }

            before.Add(i);
        }
    }
}
