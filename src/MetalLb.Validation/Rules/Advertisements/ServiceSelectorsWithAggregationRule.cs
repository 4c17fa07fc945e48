using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0307: serviceSelectors together with a non-default aggregation length.</summary>
internal sealed class ServiceSelectorsWithAggregationRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0307", "BGPAdvertisement combines serviceSelectors with aggregation", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "serviceSelectors and aggregationLength are mutually exclusive, both cannot be set in %s",
        Releases: Releases.CrdFields.Range(BgpAdvertisement.KindName, "serviceSelectors"));

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.ServiceSelectors.Count == 0)
        {
            return;
        }

        if (resource.AggregationLength is { } v4 && v4 != 32)
        {
            context.Report(resource, "spec.aggregationLength", $"aggregationLength {v4} cannot be used with serviceSelectors: an aggregate route covers services the selectors do not pick. Remove aggregationLength (or set 32), or split into two advertisements");
        }

        if (resource.AggregationLengthV6 is { } v6 && v6 != 128)
        {
            context.Report(resource, "spec.aggregationLengthV6", $"aggregationLengthV6 {v6} cannot be used with serviceSelectors: an aggregate route covers services the selectors do not pick. Remove aggregationLengthV6 (or set 128), or split into two advertisements");
        }
    }
}
