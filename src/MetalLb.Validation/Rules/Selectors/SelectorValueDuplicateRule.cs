using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0707: the same value twice inside one match expression.</summary>
public sealed class SelectorValueDuplicateRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0707", "Match expression lists a value twice", RuleCategory.Selectors, Severity.Error,
        MetalLbMessage: "duplicate definition of match expression value in label selector %q");

    /// <inheritdoc />
    protected override void CheckSelector(SelectorField field, string path, LabelSelector selector, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(context);
        for (var j = 0; j < selector.MatchExpressions.Count; j++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var values = selector.MatchExpressions[j].Values;
            for (var k = 0; k < values.Count; k++)
            {
                if (!seen.Add(values[k]))
                {
                    context.Report(field.Owner, $"{path}.matchExpressions[{j}].values[{k}]",
                        $"value \"{values[k]}\" appears twice in the \"{selector.MatchExpressions[j].Key}\" expression; MetalLB rejects duplicate values, remove this one");
                }
            }
        }
    }
}
