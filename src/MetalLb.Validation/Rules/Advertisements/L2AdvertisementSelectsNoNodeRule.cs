using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0405: an L2Advertisement's nodeSelectors match none of the given nodes.</summary>
internal sealed class L2AdvertisementSelectsNoNodeRule : ResourceRule<L2Advertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0405", "L2Advertisement selects no node", RuleCategory.Advertisements, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(L2Advertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        NoNodeSelected.Report(context, resource, resource.NodeSelectors);
    }
}
