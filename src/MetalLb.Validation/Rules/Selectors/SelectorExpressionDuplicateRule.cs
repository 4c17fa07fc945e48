using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0706: the same match expression twice in one selector.</summary>
internal sealed class SelectorExpressionDuplicateRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0706", "Match expression repeated in one selector", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of match expressions %q");

    /// <inheritdoc />
    protected override void CheckSelector(SelectorField field, string path, LabelSelector selector, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(context);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < selector.MatchExpressions.Count; j++)
        {
            var key = SelectorCanon.Of(selector.MatchExpressions[j]);
            if (!seen.TryAdd(key, j))
            {
                context.Report(field.Owner, $"{path}.matchExpressions[{j}]",
                    $"match expression \"{selector.MatchExpressions[j]}\" repeats {path}.matchExpressions[{seen[key]}]; MetalLB rejects duplicates, remove this one");
            }
        }
    }
}
