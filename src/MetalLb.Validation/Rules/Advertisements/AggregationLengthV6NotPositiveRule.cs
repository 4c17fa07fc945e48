using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0306: aggregationLengthV6 of 0 or less, which neither the schema nor MetalLB's code rejects on its own.</summary>
internal sealed class AggregationLengthV6NotPositiveRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0306", "BGPAdvertisement aggregationLengthV6 is 0 or negative", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (resource.AggregationLengthV6 is < 1 and var length)
        {
            context.Report(resource, "spec.aggregationLengthV6", $"aggregationLengthV6 {length} is not a usable prefix length; MetalLB accepts it only while no IPv6 pool is advertised and rejects the configuration as soon as one is. Use a length from 1 to 128 no shorter than the prefixes of the IPv6 pools it advertises (a /64 pool needs 64 or more), or leave it out for 128");
        }
    }
}
