using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0703: a matchLabels key or expression key that is not a valid Kubernetes label key.</summary>
internal sealed class SelectorLabelKeyRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0703", "Label selector key is not a valid label key", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "key: Invalid value: %q: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");

    /// <inheritdoc />
    protected override void CheckSelector(SelectorField field, string path, LabelSelector selector, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var key in selector.MatchLabels.Keys)
        {
            Check(field, $"{path}.matchLabels[{key}]", key, context);
        }

        for (var j = 0; j < selector.MatchExpressions.Count; j++)
        {
            if (field.IsV1Beta1Peer && selector.MatchExpressions[j].Key.Length == 0)
            {
                continue; // MLB0223 reports the missing key.
            }

            Check(field, $"{path}.matchExpressions[{j}].key", selector.MatchExpressions[j].Key, context);
        }
    }

    private static void Check(SelectorField field, string path, string key, RuleContext context)
    {
        if (LabelSyntax.KeyProblem(key) is { } problem)
        {
            context.Report(field.Owner, path, $"\"{key}\" is not a valid label key: {problem}; use a key such as kubernetes.io/hostname or zone");
        }
    }
}
