using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>MLB0705: the same selector twice in one selector list (structurally, with expression values sorted).</summary>
public sealed class SelectorDuplicateRule : SelectorRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0705", "Label selector listed twice", RuleCategory.Selectors, Severity.Error,
        MetalLbMessage: "duplicate definition of %s %q");

    /// <inheritdoc />
    protected override void CheckField(SelectorField field, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(context);
        if (!field.IsList)
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < field.Selectors.Count; i++)
        {
            if (!seen.TryAdd(SelectorCanon.Of(field.Selectors[i]), i))
            {
                var first = seen[SelectorCanon.Of(field.Selectors[i])];
                var shown = field.Selectors[i].IsEmpty ? "{} (every object)" : $"\"{field.Selectors[i]}\"";
                context.Report(field.Owner, field.PathOf(i), $"{field.Name} selector {shown} repeats {field.PathOf(first)}; MetalLB rejects duplicate selectors, remove this one");
            }
        }
    }
}
