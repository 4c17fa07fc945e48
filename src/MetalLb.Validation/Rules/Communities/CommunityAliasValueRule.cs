using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>MLB0600: a Community alias whose value is not a legacy or large community.</summary>
internal sealed class CommunityAliasValueRule : ResourceRule<Community>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0600", "Community alias value is not a valid community", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "parsing community %q: invalid community value: invalid section %q of community %q, err: %q");

    /// <inheritdoc />
    protected override void Check(Community resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < resource.Aliases.Count; i++)
        {
            var alias = resource.Aliases[i];
            var text = alias.Value ?? string.Empty;
            if (!CommunityValue.TryParse(text, out _, out var problem, out var section))
            {
                context.Report(resource, $"spec.communities[{i}].value",
                    $"alias \"{alias.Name}\": {CommunityValue.Explain(text, problem, section)}");
            }
        }
    }
}
