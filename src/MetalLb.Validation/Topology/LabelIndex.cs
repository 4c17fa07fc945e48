using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Topology;

/// <summary>
/// Objects by label (key, value), to narrow a label selector to the objects that can match it instead of testing
/// every object.
/// </summary>
/// <typeparam name="T">The labelled objects: nodes, pools.</typeparam>
internal sealed class LabelIndex<T>
{
    private readonly IReadOnlyCollection<T> _all;
    private readonly Dictionary<(string Key, string Value), List<T>> _byLabel = [];

    public LabelIndex(IReadOnlyCollection<T> items, Func<T, IReadOnlyDictionary<string, string>> labels)
    {
        _all = items;
        foreach (var item in items)
        {
            foreach (var (key, value) in labels(item))
            {
                if (!_byLabel.TryGetValue((key, value), out var list))
                {
                    _byLabel[(key, value)] = list = [];
                }

                list.Add(item);
            }
        }
    }

    /// <summary>
    /// The objects that can match <paramref name="selector"/>: those carrying its rarest matchLabels pair, or one of
    /// the values of an <c>In</c> expression; every object otherwise. Callers still test the match.
    /// </summary>
    public IEnumerable<T> Candidates(LabelSelector selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (selector.MatchLabels.Count > 0)
        {
            List<T>? rarest = null;
            foreach (var pair in selector.MatchLabels)
            {
                var items = _byLabel.GetValueOrDefault((pair.Key, pair.Value));
                if (items is null)
                {
                    return [];
                }

                if (rarest is null || items.Count < rarest.Count)
                {
                    rarest = items;
                }
            }

            return rarest!;
        }

        var @in = selector.MatchExpressions.FirstOrDefault(e => e.Operator == "In");
        return @in is null
            ? _all
            : @in.Values.Distinct(StringComparer.Ordinal).SelectMany(v => _byLabel.GetValueOrDefault((@in.Key, v)) ?? []);
    }
}
