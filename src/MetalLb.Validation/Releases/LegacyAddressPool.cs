using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Releases;

/// <summary>
/// The pre-0.13 <c>AddressPool</c> kind by release: up to 0.13.12 MetalLB still reads it (internal/config/config.go,
/// LegacyAddressPools) and its CRD is deprecated; 0.14.0 to 0.14.2 still serve the CRD but no longer read it; from
/// 0.14.3 the CRD is gone and the API server refuses the object (the loader's MLB0009 as it stands).
/// </summary>
internal static class LegacyAddressPool
{
    private static readonly Version ReadThrough = new(0, 13, 12);
    private static readonly Version ServedThrough = new(0, 14, 2);

    public static Diagnostic Adjust(Diagnostic diagnostic, Version release)
    {
        if (diagnostic.RuleId != MetalLbRules.UnservedVersion.Id || diagnostic.Resource?.Kind != "AddressPool" || release > ServedThrough)
        {
            return diagnostic;
        }

        return release <= ReadThrough
            ? diagnostic with
            {
                Severity = DiagnosticSeverity.Warning,
                Message = $"AddressPool is deprecated: MetalLB {release} still reads it (as an IPAddressPool announced by the protocol it names), but 0.14.0 and later ignore it and 0.14.3 removes its CRD. Convert it to an IPAddressPool plus an L2Advertisement or BGPAdvertisement; its fields were not validated",
            }
            : diagnostic with
            {
                Message = $"MetalLB {release} still serves the AddressPool CRD, so the API server stores the object, but MetalLB no longer reads it: its addresses are never given to a Service. Use an IPAddressPool with an L2Advertisement or BGPAdvertisement",
            };
    }
}
