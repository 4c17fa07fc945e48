using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0404: an L2Advertisement's ipAddressPoolSelectors match no pool in the input.</summary>
internal sealed class L2AdvertisementSelectsNoPoolRule : ResourceRule<L2Advertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0404", "L2Advertisement selects no pool", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(L2Advertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        NoPoolSelected.Report(context, resource, AdvertisementIndex.For(context).Pools(resource), resource.IpAddressPoolSelectors);
    }
}
