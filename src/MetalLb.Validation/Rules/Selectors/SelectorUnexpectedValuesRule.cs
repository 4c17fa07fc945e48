using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0702: an Exists or DoesNotExist expression with values.</summary>
internal sealed class SelectorUnexpectedValuesRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0702", "Label selector Exists/DoesNotExist expression has values", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "values set must be empty for exists and does not exist");

    /// <inheritdoc />
    protected override void CheckExpression(SelectorField field, string path, SelectorRequirement expression, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        if (expression is { Operator: "Exists" or "DoesNotExist", Values.Count: > 0 })
        {
            context.Report(field.Owner, $"{path}.values",
                $"\"{expression.Key}\" {expression.Operator} takes no values but has [{string.Join(", ", expression.Values)}]; remove the values, or use In/NotIn to compare them");
        }
    }
}
