using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules.Selectors;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>
/// A BGPAdvertisement's spec.communities: the list itself (MLB0605 repeats, MLB0606 the limit of 63) on every
/// advertisement given, and each entry against the Community aliases MetalLB reads (MLB0603 a bad literal, MLB0604 an
/// unknown alias).
/// </summary>
internal static class AdvertisementCommunities
{
    private const int Max = 63;

    public static Rule List { get; } = Rule.ForEach<BgpAdvertisement>([MetalLbRules.AdvertisementCommunityListedTwice, MetalLbRules.AdvertisementTooManyCommunities], CheckList);

    public static Rule Entries { get; } = Rule.ForEach<BgpAdvertisement>([MetalLbRules.AdvertisementCommunityInvalid, MetalLbRules.AdvertisementCommunityUnknownAlias], CheckEntries, comparesWithConfiguration: true);

    private static void CheckList(BgpAdvertisement advertisement, RuleContext context)
    {
        foreach (var (index, first) in ListDuplicates.In(advertisement.Communities))
        {
            context.Report(MetalLbRules.AdvertisementCommunityListedTwice, advertisement, $"spec.communities[{index}]",
                $"community \"{advertisement.Communities[index]}\" is already listed at spec.communities[{first}]; MetalLB rejects the advertisement, remove the repeat");
        }

        var count = advertisement.Communities.Distinct(StringComparer.Ordinal).Count();
        if (count > Max)
        {
            context.Report(MetalLbRules.AdvertisementTooManyCommunities, advertisement, "spec.communities",
                $"{count} communities on one advertisement; MetalLB accepts the configuration but refuses to announce more than {Max} at runtime, so the prefixes are not advertised. Split them across advertisements with different peers or node selectors, or drop some");
        }
    }

    private static void CheckEntries(BgpAdvertisement advertisement, RuleContext context)
    {
        var aliases = CommunityAliases.For(context).First;
        for (var i = 0; i < advertisement.Communities.Count; i++)
        {
            var text = advertisement.Communities[i];
            if (aliases.ContainsKey(text))
            {
                continue;
            }

            if (!text.Contains(':', StringComparison.Ordinal))
            {
                context.Report(MetalLbRules.AdvertisementCommunityUnknownAlias, advertisement, $"spec.communities[{i}]", UnknownAlias(text, context));
            }
            else if (!CommunityValue.TryParse(text, out _, out var problem, out var section))
            {
                context.Report(MetalLbRules.AdvertisementCommunityInvalid, advertisement, $"spec.communities[{i}]", CommunityValue.Explain(text, problem, section));
            }
        }
    }

    /// <summary>Why MetalLB finds no alias <paramref name="text"/>, and what to do.</summary>
    private static string UnknownAlias(string text, RuleContext context)
    {
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
        return $"\"{text}\" is not a community value, so MetalLB reads it as a Community alias, but {given}. The admission webhook lets it through, and every reconcile then fails until the alias exists{fix}";
    }
}
