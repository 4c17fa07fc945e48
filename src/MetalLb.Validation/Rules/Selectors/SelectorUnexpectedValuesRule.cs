using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0702: an Exists or DoesNotExist expression with values.</summary>
public sealed class SelectorUnexpectedValuesRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0702", "Label selector Exists/DoesNotExist expression has values", RuleCategory.Selectors, Severity.Error,
        MetalLbMessage: "values set must be empty for exists and does not exist");

    /// <inheritdoc />
    protected override void CheckSelector(SelectorField field, string path, LabelSelector selector, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(context);
        for (var j = 0; j < selector.MatchExpressions.Count; j++)
        {
            var expression = selector.MatchExpressions[j];
            if (expression is { Operator: "Exists" or "DoesNotExist", Values.Count: > 0 })
            {
                context.Report(field.Owner, $"{path}.matchExpressions[{j}].values",
                    $"\"{expression.Key}\" {expression.Operator} takes no values but has [{string.Join(", ", expression.Values)}]; remove the values, or use In/NotIn to compare them");
            }
        }
    }
}
