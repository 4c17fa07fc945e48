using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0402: a preferredNodeSelectors entry without a preference, or with a weight outside 1..100.</summary>
public sealed class L2PreferenceWeightRule : ResourceRule<L2Advertisement>
{
    /// <summary>
    /// The newest release without the field: MetalLB added it after v0.16.1 (commit 27e08220c, "api: add
    /// PreferredNodeSelectors to L2Advertisement"), so fixing an entry is no fix on a release that lacks the field.
    /// </summary>
    private static readonly Version NewestWithoutField = new(0, 16, 1);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0402", "L2Advertisement node preference needs a weight of 1 to 100 and a preference", RuleCategory.Advertisements, Severity.Error,
        MetalLbMessage: "spec.preferredNodeSelectors[0].weight: Invalid value: ...: should be less than or equal to 100 (API server)");

    /// <inheritdoc />
    protected override void Check(L2Advertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var absent = context.Options.MetalLbVersion <= NewestWithoutField
            ? $", which the field's schema requires; but MetalLB {context.Options.MetalLbVersion} has no spec.preferredNodeSelectors at all (it is on MetalLB's main branch, added after {NewestWithoutField}): kubectl's strict validation rejects the object as an unknown field and lenient clients drop the field. Remove spec.preferredNodeSelectors"
            : null;
        for (var i = 0; i < resource.PreferredNodeSelectors.Count; i++)
        {
            var entry = resource.PreferredNodeSelectors[i];
            var path = $"spec.preferredNodeSelectors[{i}]";
            if (entry.Weight is not { } weight)
            {
                context.Report(resource, path, $"preferredNodeSelectors entry has no weight{absent ?? "; the API server rejects it. Add weight: 1 to 100 (higher wins)"}");
            }
            else if (weight is < 1 or > 100)
            {
                context.Report(resource, $"{path}.weight", $"weight {weight} is outside 1 to 100{absent ?? "; the API server rejects it. Use a value from 1 to 100 (higher wins)"}");
            }

            if (entry.Preference is null)
            {
                context.Report(resource, path, $"preferredNodeSelectors entry has no preference{absent ?? "; the API server rejects it. Add preference: with matchLabels or matchExpressions naming the preferred nodes"}");
            }
        }
    }
}
