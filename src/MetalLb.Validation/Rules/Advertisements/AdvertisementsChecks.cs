namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>The Advertisements checks.</summary>
internal static class AdvertisementsChecks
{
    public static Rule[] All { get; } =
    [
        new AggregationLengthBelowOneRule(),
        new AggregationLengthV4TooLongRule(),
        new AggregationLengthV6NotPositiveRule(),
        new AggregationLengthV6OutOfRangeRule(),
        new AggregationWiderThanPoolRule(),
        new BgpAdvertisementDuplicatePeerRule(),
        new BgpAdvertisementDuplicatePoolRule(),
        new BgpAdvertisementSelectsNoNodeRule(),
        new BgpAdvertisementSelectsNoPoolRule(),
        new BgpAdvertisementUnknownPeerRule(),
        new BgpAdvertisementUnknownPoolRule(),
        new L2AdvertisementDuplicatePoolRule(),
        new L2AdvertisementSelectsNoNodeRule(),
        new L2AdvertisementSelectsNoPoolRule(),
        new L2AdvertisementUnknownPoolRule(),
        new L2DuplicateInterfaceRule(),
        new L2EmptyInterfaceNameRule(),
        new L2InterfacesMissingOnNodeRule(),
        new L2PreferenceWeightRule(),
        new LocalPrefConflictRule(),
        new LocalPrefConflictWithoutNodesRule(),
        new LocalPrefOnEbgpOnlyRule(),
        new ServiceSelectorsWithAggregationRule(),
    ];
}
