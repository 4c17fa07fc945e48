namespace MetalLb.Validation.Rules.Modes;

/// <summary>The Modes checks.</summary>
internal static class ModesChecks
{
    public static Rule[] All { get; } =
    [
        new FrrDuplicatePeerClusterWideRule(),
        new FrrDuplicatePeerRule(),
        new FrrK8sLocalAsnDroppedRule(),
        new FrrK8sSourceAddressDroppedRule(),
        new FrrMyAsnMismatchClusterWideRule(),
        new FrrMyAsnMismatchRule(),
        new FrrRouterIdMismatchClusterWideRule(),
        new FrrRouterIdMismatchRule(),
        new NativeBfdProfileObjectRule(),
        new NativeBfdProfileRule(),
        new NativeConnectTimeRule(),
        new NativeDisableMpRule(),
        new NativeDualStackRule(),
        new NativeDuplicateSessionRule(),
        new NativeDynamicAsnRule(),
        new NativeGracefulRestartRule(),
        new NativeInterfaceRule(),
        new NativeIpv6PeerRule(),
        new NativeIpv6PoolRule(),
        new NativeKeepaliveRule(),
        new NativeLargeCommunityInAdvertisementRule(),
        new NativeLargeCommunityInCommunityRule(),
        new NativeLocalAsnRule(),
        new NativeVrfRule(),
    ];
}
