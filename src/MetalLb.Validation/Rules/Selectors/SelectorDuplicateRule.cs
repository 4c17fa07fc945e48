using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>
/// MLB0705: the same selector twice in one selector list (structurally, with expression values sorted). MetalLB checks
/// an IPAddressPool's serviceAllocation selectors for duplicates only from 0.13.10 (internal/config/config.go,
/// addressPoolServiceAllocationsFromCR); its other selector lists from 0.13.0.
/// </summary>
internal sealed class SelectorDuplicateRule : SelectorRule
{
    private static readonly Version ServiceAllocationCheckedFrom = new(0, 13, 10);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0705", "Label selector listed twice", RuleCategory.Selectors, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of %s %q");

    /// <inheritdoc />
    protected override void CheckField(SelectorField field, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(context);
        if (!field.IsList
            || (field.Path.StartsWith("spec.serviceAllocation.", StringComparison.Ordinal) && context.Options.MetalLbVersion < ServiceAllocationCheckedFrom))
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
