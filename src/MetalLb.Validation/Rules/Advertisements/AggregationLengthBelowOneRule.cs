using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0303: aggregationLength below 1, which the CRD schema rejects (MetalLB's own code would accept it).</summary>
internal sealed class AggregationLengthBelowOneRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0303", "BGPAdvertisement aggregationLength is below 1", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.aggregationLength: Invalid value: ...: spec.aggregationLength in body should be greater than or equal to 1");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.AggregationLength is < 1 and var length)
        {
            context.Report(resource, "spec.aggregationLength", $"aggregationLength {length} is below 1; the API server rejects it. Use a prefix length from 1 to 32, or leave it out for 32 (one route per service IP)");
        }
    }
}
