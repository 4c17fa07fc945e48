using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0304: aggregationLength above 32.</summary>
internal sealed class AggregationLengthV4TooLongRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0304", "BGPAdvertisement aggregationLength is above 32", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid aggregation length %q for IPv4");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.AggregationLength is > 32 and var length)
        {
            context.Report(resource, "spec.aggregationLength", $"aggregationLength {length} is longer than an IPv4 address (32 bits); MetalLB rejects the configuration. Use 1 to 32; for IPv6 pools set aggregationLengthV6 instead");
        }
    }
}
