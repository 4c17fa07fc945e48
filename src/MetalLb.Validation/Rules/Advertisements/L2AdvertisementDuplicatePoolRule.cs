using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>MLB0401: the same pool name twice in an L2Advertisement's ipAddressPools.</summary>
internal sealed class L2AdvertisementDuplicatePoolRule : ResourceRule<L2Advertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0401", "L2Advertisement lists a pool twice", RuleCategory.Advertisements, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of ipAddressPools %q");

    /// <inheritdoc />
    protected override void Check(L2Advertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        DuplicateEntries.Report(context, resource, resource.IpAddressPools, "ipAddressPools", "Remove the repeat.");
    }
}
