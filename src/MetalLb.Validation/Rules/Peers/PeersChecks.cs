namespace MetalLb.Validation.Rules.Peers;

/// <summary>The Peers checks.</summary>
internal static class PeersChecks
{
    public static Rule[] All { get; } =
    [
        new PeerAddressSyntaxRule(),
        new PeerAsnAndDynamicAsnRule(),
        new PeerAsnMissingRule(),
        new PeerBfdProfileReferenceRule(),
        new PeerConnectTimeRangeRule(),
        new PeerConnectTimeWholeSecondsRule(),
        new PeerDeviceNameRule(),
        new PeerDisableMpRule(),
        new PeerDurationSyntaxRule(),
        new PeerDynamicAsnValueRule(),
        new PeerHoldTimeMinimumRule(),
        new PeerIbgpMultiHopRule(),
        new PeerKeepaliveAboveHoldRule(),
        new PeerLocalAsnCollisionRule(),
        new PeerLocalAsnRangeRule(),
        new PeerMultiHopDynamicInternalRule(),
        new PeerMyAsnMissingRule(),
        new PeerPasswordAndSecretRule(),
        new PeerPortRangeRule(),
        new PeerRouterIdIpv6Rule(),
        new PeerRouterIdIsRouterAddressRule(),
        new PeerRouterIdSyntaxRule(),
        new PeerSecretKeyRule(),
        new PeerSecretNotFoundRule(),
        new PeerSecretTypeRule(),
        new PeerSourceAddressSyntaxRule(),
        new PeerV1Beta1DeprecatedRule(),
        new PeerV1Beta1ExpressionRule(),
        new PeerV1Beta1TimersRule(),
        new PeerWithBothEndpointsRule(),
        new PeerWithoutBgpAdvertisementRule(),
        new PeerWithoutEndpointRule(),
    ];
}
