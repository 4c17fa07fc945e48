using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>
/// MLB0606: more than 63 communities on one BGPAdvertisement. The configuration is accepted, but every backend
/// refuses to announce such an advertisement at runtime.
/// </summary>
internal sealed class AdvertisementCommunityLimitRule : ResourceRule<BgpAdvertisement>
{
    private const int Max = 63;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0606", "BGPAdvertisement has more than 63 communities", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "max supported communities is 63, got %d");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var count = resource.Communities.Distinct(StringComparer.Ordinal).Count();
        if (count > Max)
        {
            context.Report(resource, "spec.communities",
                $"{count} communities on one advertisement; MetalLB accepts the configuration but refuses to announce more than {Max} at runtime, so the prefixes are not advertised. Split them across advertisements with different peers or node selectors, or drop some");
        }
    }
}
