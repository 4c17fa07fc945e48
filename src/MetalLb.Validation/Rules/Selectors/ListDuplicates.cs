namespace MetalLb.Validation.Rules.Selectors;

/// <summary>
/// MetalLB's duplicate check for string lists (pools, peers, communities, namespaces): exact, case-sensitive
/// comparison. Yields each repeat with the index of its first occurrence, in order.
/// </summary>
internal static class ListDuplicates
{
    public static IEnumerable<(int Index, int First)> In(IReadOnlyList<string> items)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.TryAdd(items[i], i))
            {
                yield return (i, seen[items[i]]);
            }
        }
    }
}
