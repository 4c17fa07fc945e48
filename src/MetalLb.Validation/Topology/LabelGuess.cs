using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Topology;

/// <summary>
/// Selections of nodes known only from interface data that rest on labels nobody gave: such a node carries just
/// <c>kubernetes.io/hostname</c>, so NotIn and DoesNotExist on any other key match it, while the real Node may carry
/// that key (Kubernetes selector semantics: NotIn and DoesNotExist match a node without the key). A finding that needs
/// such a match is a guess, not something that cannot work: rules that would give an error say so as a warning.
/// </summary>
internal static class LabelGuess
{
    /// <summary>Says that <paramref name="node"/> is selected only because it seems to lack <paramref name="keys"/>.</summary>
    public static string Clause(string node, IReadOnlyList<string> keys)
    {
        var labels = keys.Count == 1 ? $"label {keys[0]}" : $"labels {string.Join(", ", keys)}";
        return $"this assumes node {node} has no {labels}: it is known only from interface data, which gives it no label but kubernetes.io/hostname, and the nodeSelectors match it only through NotIn/DoesNotExist on {(keys.Count == 1 ? "that label" : "those labels")}; if the real node carries {(keys.Count == 1 ? "it" : "them")}, this does not apply. Give the Node objects to decide";
    }
}
