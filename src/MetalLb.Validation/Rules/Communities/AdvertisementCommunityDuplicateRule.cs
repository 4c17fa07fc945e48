using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>MLB0605: the same string twice in a BGPAdvertisement's communities (aliases compared by name).</summary>
public sealed class AdvertisementCommunityDuplicateRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0605", "BGPAdvertisement lists a community twice", RuleCategory.Communities, Severity.Error,
        MetalLbMessage: "duplicate definition of community %q");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < resource.Communities.Count; i++)
        {
            if (!seen.TryAdd(resource.Communities[i], i))
            {
                context.Report(resource, $"spec.communities[{i}]",
                    $"community \"{resource.Communities[i]}\" is already listed at spec.communities[{seen[resource.Communities[i]]}]; MetalLB rejects the advertisement, remove the repeat");
            }
        }
    }
}
