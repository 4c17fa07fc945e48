using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0305: aggregationLengthV6 above 128.</summary>
internal sealed class AggregationLengthV6OutOfRangeRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0305", "BGPAdvertisement aggregationLengthV6 is above 128", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid aggregation length %q for IPv6");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.AggregationLengthV6 is > 128 and var length)
        {
            context.Report(resource, "spec.aggregationLengthV6", $"aggregationLengthV6 {length} is longer than an IPv6 address (128 bits); MetalLB rejects the configuration. Use 1 to 128, or leave it out for 128");
        }
    }
}
