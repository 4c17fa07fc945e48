namespace MetalLb.Validation.Rules.Pools;

/// <summary>The Pools checks.</summary>
internal static class PoolsChecks
{
    public static Rule[] All { get; } =
    [
        new PoolAddressSyntaxRule(),
        new PoolContainsNodeOrRouterAddressRule(),
        new PoolHasNoAddressesRule(),
        new PoolHostBitsRule(),
        new PoolMixedFamilyRangeRule(),
        new PoolNamespaceDuplicateRule(),
        new PoolNamespaceNameRule(),
        new PoolNegativePriorityRule(),
        new PoolNotAdvertisedRule(),
        new PoolOverlapRule(),
        new PoolRangeOrderRule(),
        new PoolUnknownNamespaceRule(),
    ];
}
