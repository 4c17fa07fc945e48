using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0701: an In or NotIn expression without values.</summary>
internal sealed class SelectorMissingValuesRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0701", "Label selector In/NotIn expression has no values", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty");

    /// <inheritdoc />
    protected override void CheckExpression(SelectorField field, string path, SelectorRequirement expression, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);

        // MLB0223 reports v1beta1 expressions without values.
        if (!field.IsV1Beta1Peer && expression is { Operator: "In" or "NotIn", Values.Count: 0 })
        {
            context.Report(field.Owner, $"{path}.values",
                $"\"{expression.Key}\" {expression.Operator} has no values; list at least one value, or use Exists/DoesNotExist to test only for the key");
        }
    }
}
