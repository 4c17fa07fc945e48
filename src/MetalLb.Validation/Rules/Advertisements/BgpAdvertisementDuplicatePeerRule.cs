using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0302: the same peer name twice in a BGPAdvertisement's peers.</summary>
internal sealed class BgpAdvertisementDuplicatePeerRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0302", "BGPAdvertisement lists a peer twice", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of peers %q");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        DuplicateEntries.Report(context, resource, resource.Peers, "peers", "Remove the repeat.");
    }
}
