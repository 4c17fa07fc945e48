namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>The SourceAddress checks.</summary>
internal static class SourceAddressChecks
{
    public static Rule[] All { get; } =
    [
        new SourceAddressFamilyRule(),
        new SourceAddressInPoolRule(),
        new SourceAddressLinkLocalRule(),
        new SourceAddressNotOnNodeRule(),
        new SourceAddressNotOnPeerInterfaceRule(),
        new SourceAddressOfOtherNodeRule(),
        new SourceAddressOffLinkRule(),
        new SourceAddressSharedByNodesRule(),
        new SourceAddressUnusableInterfaceRule(),
    ];
}
