namespace MetalLb.Validation.Rules.Communities;

/// <summary>The Communities checks.</summary>
internal static class CommunitiesChecks
{
    public static Rule[] All { get; } =
    [
        new AdvertisementCommunityAliasRule(),
        new AdvertisementCommunityDuplicateRule(),
        new AdvertisementCommunityLimitRule(),
        new AdvertisementCommunityLiteralRule(),
        new CommunityAliasDuplicateRule(),
        new CommunityAliasShadowsLiteralRule(),
        new CommunityAliasValueRule(),
    ];
}
