using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0813: a BGPAdvertisement lists a large community literal, which the native speaker cannot send.</summary>
internal sealed class NativeLargeCommunityInAdvertisementRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0813", "Large BGP community in a BGPAdvertisement in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        MetalLbMessage: "native BGP mode only supports legacy communities, BGP advertisement %q has non legacy community %q",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.Communities.Count; i++)
        {
            if (LargeCommunity.Is(resource.Communities[i]))
            {
                context.Report(resource, $"spec.communities[{i}]", $"\"{resource.Communities[i]}\" is a large community; the native BGP speaker sends only standard communities (65000:100), and MetalLB rejects the configuration in native mode. Use a standard community, or {FrrModeAdvice.RunInFrr(context.Options.MetalLbVersion)}");
            }
        }
    }
}
