using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>The Communities checks.</summary>
internal static class CommunitiesChecks
{
    public static Rule[] All { get; } =
    [
        new ValidatorRule<Community>((CommunityValidator)MetalLbValidators.Community),
        CommunityAliasDefinedTwice.Rule,
        AdvertisementCommunities.List,
        AdvertisementCommunities.Entries,
    ];
}
