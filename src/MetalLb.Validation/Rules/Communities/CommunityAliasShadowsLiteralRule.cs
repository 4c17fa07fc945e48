using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>
/// MLB0602: an alias whose name is itself a community literal with another value. MetalLB resolves aliases before
/// literals, so every advertisement writing that literal silently gets the alias's value instead.
/// </summary>
internal sealed class CommunityAliasShadowsLiteralRule : ResourceRule<Community>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0602", "Community alias name looks like a different community value", RuleCategory.Communities, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    protected override void Check(Community resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.Aliases.Count; i++)
        {
            var alias = resource.Aliases[i];
            if (CommunityValue.TryParse(alias.Name, out var named, out _, out _)
                && CommunityValue.TryParse(alias.Value, out var actual, out _, out _)
                && named != actual)
            {
                context.Report(resource, $"spec.communities[{i}].name",
                    $"alias \"{alias.Name}\" stands for {actual}; MetalLB looks aliases up before parsing literals, so a BGPAdvertisement writing \"{alias.Name}\" announces {actual}, not {named}. Give the alias a descriptive name");
            }
        }
    }
}
