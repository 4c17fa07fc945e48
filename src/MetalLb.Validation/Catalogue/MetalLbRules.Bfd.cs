using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: BFD profiles.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0500: a BFDProfile interval, multiplier or TTL out of the range MetalLB accepts.</summary>
    public static RuleDescriptor BfdValueOutOfRange { get; } = new(
        "MLB0500", "BFDProfile value is out of range", RuleCategory.Bfd, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid value %d, must be in %d-%d range");

    /// <summary>MLB0550: a BGPAdvertisement announces a pool with IPv6 addresses to a peer whose BFD profile turns echo mode on.</summary>
    public static RuleDescriptor BfdEchoTowardIpv6 { get; } = new(
        "MLB0550", "BFD echo mode toward a peer that receives IPv6 pools", RuleCategory.Bfd, DiagnosticSeverity.Error,
        MetalLbMessage: "pool %s has bgpadvertisement %s which references peer %s which has bfd echo enabled, which is not possible",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));
}
