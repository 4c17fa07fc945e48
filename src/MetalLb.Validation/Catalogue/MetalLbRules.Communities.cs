using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: BGP communities and their aliases.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0600: a Community alias whose value is not a legacy or large community.</summary>
    public static RuleDescriptor CommunityAliasValueInvalid { get; } = new(
        "MLB0600", "Community alias value is not a valid community", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "parsing community %q: invalid community value: invalid section %q of community %q, err: %q");

    /// <summary>MLB0601: the same alias name defined twice, in one Community or across Communities.</summary>
    public static RuleDescriptor CommunityAliasDefinedTwice { get; } = new(
        "MLB0601", "Community alias defined twice", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of community %q");

    /// <summary>MLB0602: a Community alias whose name is itself a community literal with another value.</summary>
    public static RuleDescriptor CommunityAliasShadowsLiteral { get; } = new(
        "MLB0602", "Community alias name looks like a different community value", RuleCategory.Communities, DiagnosticSeverity.Warning);

    /// <summary>MLB0603: a BGPAdvertisement community with a ':' that is neither an alias nor a valid community.</summary>
    public static RuleDescriptor AdvertisementCommunityInvalid { get; } = new(
        "MLB0603", "BGPAdvertisement community is not a valid community", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid community value: invalid section %q of community %q, err: %q\ninvalid community %q in BGP advertisement");

    /// <summary>MLB0604: a BGPAdvertisement community without ':' that names no Community alias.</summary>
    public static RuleDescriptor AdvertisementCommunityUnknownAlias { get; } = new(
        "MLB0604", "BGPAdvertisement community names no Community alias", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid community format: %s\ninvalid community %q in BGP advertisement");

    /// <summary>MLB0605: the same community twice in a BGPAdvertisement's communities (aliases compared by name).</summary>
    public static RuleDescriptor AdvertisementCommunityListedTwice { get; } = new(
        "MLB0605", "BGPAdvertisement lists a community twice", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "duplicate definition of community %q");

    /// <summary>MLB0606: more than 63 communities on one BGPAdvertisement, which every backend refuses to announce.</summary>
    public static RuleDescriptor AdvertisementTooManyCommunities { get; } = new(
        "MLB0606", "BGPAdvertisement has more than 63 communities", RuleCategory.Communities, DiagnosticSeverity.Error,
        MetalLbMessage: "max supported communities is 63, got %d");
}
