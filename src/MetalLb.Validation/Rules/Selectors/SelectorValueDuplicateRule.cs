using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0707: the same value twice inside one match expression.</summary>
internal sealed class SelectorValueDuplicateRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0707", "Match expression lists a value twice", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of match expression value in label selector %q");

    /// <inheritdoc />
    protected override void CheckExpression(SelectorField field, string path, SelectorRequirement expression, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < expression.Values.Count; k++)
        {
            if (!seen.Add(expression.Values[k]))
            {
                context.Report(field.Owner, $"{path}.values[{k}]",
                    $"value \"{expression.Values[k]}\" appears twice in the \"{expression.Key}\" expression; MetalLB rejects duplicate values, remove this one");
            }
        }
    }
}
