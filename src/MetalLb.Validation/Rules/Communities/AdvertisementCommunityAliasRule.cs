using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>
/// MLB0604: a BGPAdvertisement community without ':' that names no Community alias. MetalLB treats it as an alias
/// that may not exist yet: the webhook drops it, and reconcile rejects the configuration until the alias exists.
/// </summary>
internal sealed class AdvertisementCommunityAliasRule : ResourceRule<BgpAdvertisement>
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => true;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0604", "BGPAdvertisement community names no Community alias", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid community format: %s\ninvalid community %q in BGP advertisement");

    /// <inheritdoc />
    protected override void Check(BgpAdvertisement resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var aliases = CommunityAliasIndex.For(context);
        for (var i = 0; i < resource.Communities.Count; i++)
        {
            var text = resource.Communities[i];
            if (text.Contains(':', StringComparison.Ordinal) || aliases.Contains(text))
            {
                continue;
            }

            var ns = context.MetalLbNamespace.Name;
            var elsewhere = context.Input.Communities
                .Where(c => !context.IsReadByMetalLb(c) && c.Aliases.Any(a => a.Name == text))
                .Select(c => $"Community \"{c.Name}\" in namespace \"{c.Metadata.Namespace}\"")
                .Distinct()
                .ToList();
            var given = elsewhere.Count > 0
                ? $"only {string.Join(" and ", elsewhere)} defines it, and MetalLB looks up aliases among the Communities of its own namespace \"{ns}\" only. Move that Community to namespace {ns}"
                : context.Input.Communities.Count == 0
                    ? "no Community objects were given, so if the alias exists in the cluster pass its Community too"
                    : "no Community given defines it";
            var fix = text.Length > 0 && text.All(char.IsAsciiDigit)
                ? $"; a bare number is not a community either, write <AS>:<value> such as 64512:{text}"
                : elsewhere.Count > 0 ? string.Empty : ". Define the alias in a Community, or fix the name";
            context.Report(resource, $"spec.communities[{i}]",
                $"\"{text}\" is not a community value, so MetalLB reads it as a Community alias, but {given}. The admission webhook lets it through, and every reconcile then fails until the alias exists{fix}");
        }
    }
}
