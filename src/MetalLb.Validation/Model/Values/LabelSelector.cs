using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model.Values;

/// <summary>A Kubernetes label selector: <c>matchLabels</c> AND <c>matchExpressions</c>. An empty selector selects everything.</summary>
public sealed record LabelSelector(
    IReadOnlyDictionary<string, string> MatchLabels,
    IReadOnlyList<SelectorRequirement> MatchExpressions,
    SourceSpan Location)
{
    /// <summary>True when it has neither labels nor expressions.</summary>
    public bool IsEmpty => MatchLabels.Count == 0 && MatchExpressions.Count == 0;

    /// <summary>
    /// True when <paramref name="labels"/> satisfy every label and expression. An expression with an unknown
    /// operator matches nothing (MetalLB rejects such selectors; rules report them).
    /// </summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (key, value) in MatchLabels)
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        foreach (var requirement in MatchExpressions)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Kubernetes' string form, e.g. <c>a=b,c in (d,e)</c>.</summary>
    public override string ToString() =>
        string.Join(",", MatchLabels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}").Concat(MatchExpressions.Select(e => e.ToString())));
}
