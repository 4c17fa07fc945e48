using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>The Pools checks.</summary>
internal static class PoolsChecks
{
    public static Rule[] All { get; } =
    [
        new ValidatorRule<IpAddressPool>((IpAddressPoolValidator)MetalLbValidators.IpAddressPool),
        PoolContainsNodeOrRouterAddress.Rule,
        PoolNamespaceUnknown.Rule,
        PoolNotAdvertised.Rule,
        PoolOverlap.Rule,
    ];
}
