using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Modes;

/// <summary>MLB0814: a Community alias holds a large community; native mode rejects it even when no advertisement uses it.</summary>
internal sealed class NativeLargeCommunityInCommunityRule : ResourceRule<Community>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0814", "Large BGP community in a Community in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        MetalLbMessage: "native BGP mode only supports legacy communities, BGP community CR %q has non legacy community %q",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <inheritdoc />
    protected override void Check(Community resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.Aliases.Count; i++)
        {
            var alias = resource.Aliases[i];
            if (LargeCommunity.Is(alias.Value))
            {
                context.Report(resource, $"spec.communities[{i}].value", $"alias \"{alias.Name}\" is the large community \"{alias.Value}\"; the native BGP speaker sends only standard communities, and MetalLB rejects the configuration in native mode while any Community holds one, used or not. Remove the alias, or {FrrModeAdvice.RunInFrr(context.Options.MetalLbVersion)}");
            }
        }
    }
}
