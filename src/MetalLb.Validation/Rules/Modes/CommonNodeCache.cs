namespace MetalLb.Validation.Rules.Modes;

/// <summary>
/// The first (by name) node two node sets have in common, remembered per pair of sets: peers with the same selectors
/// share one set (<see cref="Topology.NodeIndex.Selected"/>), so a cluster of thousands of peers costs one
/// intersection per pair of distinct selector lists, not per pair of peers.
/// </summary>
internal sealed class CommonNodeCache
{
    private readonly Dictionary<(IReadOnlySet<string>, IReadOnlySet<string>), string?> _common = new(new PairComparer());

    public string? FirstCommon(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (_common.TryGetValue((a, b), out var common))
        {
            return common;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        foreach (var name in small)
        {
            if (large.Contains(name) && (common is null || string.CompareOrdinal(name, common) < 0))
            {
                common = name;
            }
        }

        _common[(a, b)] = common;
        return common;
    }

    private sealed class PairComparer : IEqualityComparer<(IReadOnlySet<string>, IReadOnlySet<string>)>
    {
        public bool Equals((IReadOnlySet<string>, IReadOnlySet<string>) x, (IReadOnlySet<string>, IReadOnlySet<string>) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((IReadOnlySet<string>, IReadOnlySet<string>) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
