namespace MetalLb.Validation.Rules;

/// <summary>
/// Every check of this library, listed rather than discovered, so that a trimmed or NativeAOT application keeps them.
/// Each area lists its own checks.
/// </summary>
internal static class BuiltInRules
{
    public static Rule[] All { get; } =
    [
        Input.ObjectNameCheck.Rule,
        .. Admission.AdmissionChecks.All,
        .. Advertisements.AdvertisementsChecks.All,
        .. Bfd.BfdChecks.All,
        .. Communities.CommunitiesChecks.All,
        .. Legacy.LegacyChecks.All,
        .. Modes.ModesChecks.All,
        .. Nodes.NodesChecks.All,
        .. Peers.PeersChecks.All,
        .. Pools.PoolsChecks.All,
        .. Selectors.SelectorsChecks.All,
        .. SourceAddress.SourceAddressChecks.All,
    ];
}
