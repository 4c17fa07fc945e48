namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// Finds, for each item, the earliest item before it in the input that it conflicts with: same group, and (unless
/// the value is null, where any two of a group conflict) a different value.
/// </summary>
internal static class EarliestConflicts
{
    /// <summary>
    /// Over <paramref name="items"/> (in input order), in one pass: sets <paramref name="earliest"/>[i] to the earliest
    /// item before i that conflicts with i, unless it already holds an earlier one. Per group it is enough to remember
    /// the first item, and the first item whose value differs from the first's.
    /// </summary>
    public static void Among<T>(IEnumerable<T> items, Func<T, (string Group, string? Value)> key, Func<T, int> order, Dictionary<T, T> earliest)
        where T : class
    {
        var groups = new Dictionary<string, (T First, T? FirstOther)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var (group, value) = key(item);
            if (!groups.TryGetValue(group, out var seen))
            {
                groups[group] = (item, null);
                continue;
            }

            var differs = Conflict(value, seen.First, key);
            if ((differs ? seen.First : seen.FirstOther) is { } found && (!earliest.TryGetValue(item, out var known) || order(found) < order(known)))
            {
                earliest[item] = found;
            }

            if (seen.FirstOther is null && value is not null && differs)
            {
                groups[group] = (seen.First, item);
            }
        }
    }

    /// <summary>
    /// The same as <see cref="Among"/>, counting only pairs that also pass <paramref name="related"/>: every pair of a
    /// group is compared, for inputs too large for the per-node view.
    /// </summary>
    public static void AmongPairs<T>(IEnumerable<T> items, Func<T, (string Group, string? Value)> key, Func<T, T, bool> related, Dictionary<T, T> earliest)
        where T : class
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var (group, value) = key(item);
            var before = groups.TryGetValue(group, out var list) ? list : groups[group] = [];
            if (before.FirstOrDefault(other => Conflict(value, other, key) && related(item, other)) is { } found)
            {
                earliest[item] = found;
            }

            before.Add(item);
        }
    }

    private static bool Conflict<T>(string? value, T other, Func<T, (string Group, string? Value)> key) =>
        value is null || !string.Equals(value, key(other).Value, StringComparison.Ordinal);
}
