using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: IP address pools.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0101: an IPAddressPool without addresses.</summary>
    public static RuleDescriptor PoolHasNoAddresses { get; } = new(
        "MLB0101", "IPAddressPool has no addresses", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "pool has no prefixes defined");

    /// <summary>MLB0102: a pool entry that is neither a CIDR nor a range of two IP addresses.</summary>
    public static RuleDescriptor PoolAddressInvalid { get; } = new(
        "MLB0102", "Pool address is not a valid CIDR or range", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid CIDR %q in pool %q: invalid CIDR %q / invalid IP range %q: invalid start IP %q");

    /// <summary>MLB0103: a pool range whose start comes after its end.</summary>
    public static RuleDescriptor PoolRangeStartsAfterEnd { get; } = new(
        "MLB0103", "Pool range starts after it ends", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid IP range %q: start IP %q is after the end IP %q");

    /// <summary>MLB0104: a pool entry shares addresses with an entry defined before it, in the same pool or another.</summary>
    public static RuleDescriptor PoolOverlap { get; } = new(
        "MLB0104", "Pool addresses overlap", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "CIDR %q in pool %q overlaps with already defined CIDR %q");

    /// <summary>MLB0106: a pool range from an IPv4 to an IPv6 address, which MetalLB accepts and turns into no addresses.</summary>
    public static RuleDescriptor PoolRangeMixesFamilies { get; } = new(
        "MLB0106", "Pool range mixes IPv4 and IPv6 and yields no addresses", RuleCategory.Pools, DiagnosticSeverity.Error);

    /// <summary>MLB0107: a pool CIDR with host bits set, which MetalLB silently widens to the whole network.</summary>
    public static RuleDescriptor PoolCidrHasHostBits { get; } = new(
        "MLB0107", "Pool CIDR has host bits set and covers the whole network", RuleCategory.Pools, DiagnosticSeverity.Warning);

    /// <summary>MLB0108: a namespace listed twice in an IPAddressPool's serviceAllocation.namespaces.</summary>
    public static RuleDescriptor PoolNamespaceListedTwice { get; } = new(
        "MLB0108", "IPAddressPool serviceAllocation lists a namespace twice", RuleCategory.Pools, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition in namespaces field",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <summary>MLB0109: a negative serviceAllocation.priority, which makes MetalLB's pool ordering inconsistent.</summary>
    public static RuleDescriptor PoolNegativePriority { get; } = new(
        "MLB0109", "IPAddressPool serviceAllocation priority is negative", RuleCategory.Pools, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(IpAddressPool.KindName, "serviceAllocation"));

    /// <summary>MLB0110: a serviceAllocation namespace that cannot be a namespace name, so it matches no Service.</summary>
    public static RuleDescriptor PoolNamespaceNameInvalid { get; } = new(
        "MLB0110", "IPAddressPool serviceAllocation names an impossible namespace", RuleCategory.Pools, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(IpAddressPool.KindName, "serviceAllocation"));

    /// <summary>MLB0111: a serviceAllocation namespace that is not among the Namespaces given.</summary>
    public static RuleDescriptor PoolNamespaceUnknown { get; } = new(
        "MLB0111", "IPAddressPool serviceAllocation names a namespace that was not given", RuleCategory.Pools, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(IpAddressPool.KindName, "serviceAllocation"));

    /// <summary>MLB0112: an auto-assigning IPAddressPool that no L2Advertisement or BGPAdvertisement selects.</summary>
    public static RuleDescriptor PoolNotAdvertised { get; } = new(
        "MLB0112", "Auto-assign IPAddressPool is announced by no advertisement", RuleCategory.Pools, DiagnosticSeverity.Warning);

    /// <summary>MLB0113: an IPAddressPool contains a node's address or a BGP router's address.</summary>
    public static RuleDescriptor PoolContainsNodeOrRouterAddress { get; } = new(
        "MLB0113", "IPAddressPool contains a node's or a router's address", RuleCategory.Pools, DiagnosticSeverity.Warning);
}
