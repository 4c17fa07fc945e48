namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// Finds, for each peer, the earliest peer before it in the input that it conflicts with: same group, and (unless
/// the value is null, where any two of a group conflict) a different value.
/// </summary>
internal static class EarliestConflicts
{
    /// <summary>
    /// Over <paramref name="positions"/> (ascending, below <paramref name="count"/>), in one pass: the earliest
    /// conflicting position per position (-1 for none), indexed by position. Per group it is enough to remember the
    /// first position, its value and the first position whose value differs from it.
    /// </summary>
    public static int[] Among(IEnumerable<int> positions, int count, Func<int, (string Group, string? Value)> key)
    {
        var earliest = new int[count];
        Array.Fill(earliest, -1);
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
            earliest[i] = value is null || !string.Equals(value, firstValue, StringComparison.Ordinal) ? seen.First : seen.FirstOther;
            if (seen.FirstOther < 0 && value is not null && !string.Equals(value, firstValue, StringComparison.Ordinal))
            {
                groups[group] = (seen.First, i);
            }
        }

        return earliest;
    }

    /// <summary>
    /// The earliest conflicting position per position among those that also pass <paramref name="related"/>,
    /// comparing every pair of a group: for inputs too large for the per-node view.
    /// </summary>
    public static int[] AmongPairs(int count, Func<int, (string Group, string? Value)> key, Func<int, int, bool> related)
    {
        var earliest = new int[count];
        Array.Fill(earliest, -1);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
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

        return earliest;
    }
}
