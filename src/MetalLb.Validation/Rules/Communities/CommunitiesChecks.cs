using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>The Communities checks: the Community validator, aliases across Communities, and BGPAdvertisement communities.</summary>
internal static class CommunitiesChecks
{
    public static Rule[] All { get; } =
    [
        new ValidatorRule<Community>((CommunityValidator)MetalLbValidators.Community),
        Rule.ForSet(MetalLbRules.CommunityAliasDefinedTwice, AliasDefinedTwice),
        AdvertisementCommunities.List,
        AdvertisementCommunities.Entries,
    ];

    /// <summary>MLB0601: the same alias name defined twice, in one Community or across Communities (alias names are global).</summary>
    private static void AliasDefinedTwice(RuleContext context)
    {
        var first = CommunityAliases.For(context).First;
        foreach (var community in context.Set.Communities)
        {
            for (var i = 0; i < community.Aliases.Count; i++)
            {
                var name = community.Aliases[i].Name ?? string.Empty;
                if (first.TryGetValue(name, out var at) && (at.Owner != community || at.Index != i))
                {
                    var where = at.Owner == community ? $"spec.communities[{at.Index}] of this Community" : $"Community \"{at.Owner.Name}\" ({at.Owner.Aliases[at.Index].Location})";
                    context.Report(MetalLbRules.CommunityAliasDefinedTwice, community, $"spec.communities[{i}].name",
                        $"alias \"{name}\" is already defined in {where}; alias names are global across Community objects, so MetalLB rejects the configuration. Remove or rename one");
                }
            }
        }
    }
}
