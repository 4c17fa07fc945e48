using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0314: a BGPAdvertisement's nodeSelectors match none of the given nodes.</summary>
internal sealed class BgpAdvertisementSelectsNoNodeRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0314", "BGPAdvertisement selects no node", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        NoNodeSelected.Report(context, resource, resource.NodeSelectors);
    }
}
