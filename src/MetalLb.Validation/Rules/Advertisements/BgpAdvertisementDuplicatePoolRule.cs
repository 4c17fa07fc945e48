using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0301: the same pool name twice in a BGPAdvertisement's ipAddressPools.</summary>
internal sealed class BgpAdvertisementDuplicatePoolRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0301", "BGPAdvertisement lists a pool twice", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of ipAddressPools %q");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        DuplicateEntries.Report(context, resource, resource.IpAddressPools, "ipAddressPools", "Remove the repeat.");
    }
}
