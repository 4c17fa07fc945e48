using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0700: a match expression whose operator is not In, NotIn, Exists or DoesNotExist.</summary>
internal sealed class SelectorOperatorRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0700", "Label selector uses an unknown operator", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "%q is not a valid label selector operator");

    /// <inheritdoc />
    protected override void CheckExpression(SelectorField field, string path, SelectorRequirement expression, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        if (!expression.HasKnownOperator && !(field.IsV1Beta1Peer && expression.Operator.Length == 0))
        {
            var hint = Suggest(expression.Operator) is { } s ? $"; operators are case-sensitive, write \"{s}\"" : "; use In, NotIn, Exists or DoesNotExist";
            context.Report(field.Owner, $"{path}.operator", $"\"{expression.Operator}\" is not a label selector operator{hint}");
        }
    }

    private static readonly string[] Known = ["In", "NotIn", "Exists", "DoesNotExist"];

    private static string? Suggest(string op) =>
        Known.FirstOrDefault(k => string.Equals(k, op.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
}
