using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0313: a BGPAdvertisement's ipAddressPoolSelectors match no pool in the input.</summary>
internal sealed class BgpAdvertisementSelectsNoPoolRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0313", "BGPAdvertisement selects no pool", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        NoPoolSelected.Report(context, resource, AdvertisementIndex.For(context).Pools(resource), resource.IpAddressPoolSelectors);
    }
}
