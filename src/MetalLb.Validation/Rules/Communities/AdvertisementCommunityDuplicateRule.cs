using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Selectors;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>MLB0605: the same string twice in a BGPAdvertisement's communities (aliases compared by name).</summary>
internal sealed class AdvertisementCommunityDuplicateRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0605", "BGPAdvertisement lists a community twice", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of community %q");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (index, first) in ListDuplicates.In(resource.Communities))
        {
            context.Report(resource, $"spec.communities[{index}]",
                $"community \"{resource.Communities[index]}\" is already listed at spec.communities[{first}]; MetalLB rejects the advertisement, remove the repeat");
        }
    }
}
