using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>
/// MLB0402: a preferredNodeSelectors entry without a preference, or with a weight outside 1..100. No release up to
/// 0.16.1 has the field (the loader drops it and reports MLB0005), so this applies to releases that add it.
/// </summary>
internal sealed class L2PreferenceWeightRule : ResourceRule<L2Advertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0402", "L2Advertisement node preference needs a weight of 1 to 100 and a preference", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.preferredNodeSelectors[0].weight: Invalid value: ...: should be less than or equal to 100 (API server)");

    /// <inheritdoc />
    protected override void Check(L2Advertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.PreferredNodeSelectors.Count; i++)
        {
            var entry = resource.PreferredNodeSelectors[i];
            var path = $"spec.preferredNodeSelectors[{i}]";
            if (entry.Weight is not { } weight)
            {
                context.Report(resource, path, "preferredNodeSelectors entry has no weight; the API server rejects it. Add weight: 1 to 100 (higher wins)");
            }
            else if (weight is < 1 or > 100)
            {
                context.Report(resource, $"{path}.weight", $"weight {weight} is outside 1 to 100; the API server rejects it. Use a value from 1 to 100 (higher wins)");
            }

            if (entry.Preference is null)
            {
                context.Report(resource, path, "preferredNodeSelectors entry has no preference; the API server rejects it. Add preference: with matchLabels or matchExpressions naming the preferred nodes");
            }
        }
    }
}
