using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0704: a matchLabels value or expression value that is not a valid Kubernetes label value.</summary>
internal sealed class SelectorLabelValueRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0704", "Label selector value is not a valid label value", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "values[%d][%s]: Invalid value: %q: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");

    /// <inheritdoc />
    protected override void CheckSelector(SelectorField field, string path, LabelSelector selector, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (key, value) in selector.MatchLabels)
        {
            Check(field, $"{path}.matchLabels[{key}]", key, value, context);
        }

        for (var j = 0; j < selector.MatchExpressions.Count; j++)
        {
            var expression = selector.MatchExpressions[j];
            for (var k = 0; k < expression.Values.Count; k++)
            {
                Check(field, $"{path}.matchExpressions[{j}].values[{k}]", expression.Key, expression.Values[k], context);
            }
        }
    }

    private static void Check(SelectorField field, string path, string key, string value, RuleContext context)
    {
        if (LabelSyntax.ValueProblem(value) is { } problem)
        {
            context.Report(field.Owner, path, $"\"{value}\" (for key \"{key}\") is not a valid label value: {problem}; no node, namespace, service or pool can carry it, so fix the value");
        }
    }
}
