using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>The Advertisements checks.</summary>
internal static class AdvertisementsChecks
{
    public static Rule[] All { get; } =
    [
        new ValidatorRule<BgpAdvertisement>((BgpAdvertisementValidator)MetalLbValidators.BgpAdvertisement),
        new ValidatorRule<L2Advertisement>((L2AdvertisementValidator)MetalLbValidators.L2Advertisement),
        AdvertisementReferences.Rule,
        BgpAdvertisementChecks.AggregationWiderThanPool,
        BgpAdvertisementChecks.LocalPrefConflicts,
        BgpAdvertisementChecks.LocalPrefOnEbgpOnly,
        L2InterfacesMissingOnNode.Rule,
    ];
}
