using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: admission (namespaces, deletions and updates).</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB1200: a MetalLB object outside the namespace MetalLB runs in.</summary>
    public static RuleDescriptor ObjectOutsideMetalLbNamespace { get; } = new(
        "MLB1200", "MetalLB object outside the MetalLB namespace", RuleCategory.Admission, DiagnosticSeverity.Error,
        MetalLbMessage: "resource must be created in %s namespace");

    /// <summary>MLB1201: a MetalLB object without metadata.namespace.</summary>
    public static RuleDescriptor ObjectWithoutNamespace { get; } = new(
        "MLB1201", "MetalLB object has no namespace", RuleCategory.Admission, DiagnosticSeverity.Info);

    /// <summary>MLB1210: deleting a BFDProfile that a BGPPeer still names in spec.bfdProfile.</summary>
    public static RuleDescriptor BfdProfileDeletedInUse { get; } = new(
        "MLB1210", "BFDProfile deleted while a BGPPeer still uses it", RuleCategory.Admission, DiagnosticSeverity.Error,
        MetalLbMessage: "failed to delete BFDProfile %s, used by BGPPeer %s");

    /// <summary>MLB1211: deleting (or editing away) a Community alias that a BGPAdvertisement still uses by name.</summary>
    public static RuleDescriptor CommunityAliasDeletedInUse { get; } = new(
        "MLB1211", "Community alias deleted while a BGPAdvertisement still uses it", RuleCategory.Admission, DiagnosticSeverity.Error);

    /// <summary>MLB1212: deleting a Secret that a BGPPeer still names in spec.passwordSecret.</summary>
    public static RuleDescriptor SecretDeletedInUse { get; } = new(
        "MLB1212", "Secret deleted while a BGPPeer still uses it as passwordSecret", RuleCategory.Admission, DiagnosticSeverity.Error);

    /// <summary>MLB1213: an UPDATE that changes a BGPPeer's enableGracefulRestart, which the CRD's CEL rule forbids.</summary>
    public static RuleDescriptor GracefulRestartChanged { get; } = new(
        "MLB1213", "BGPPeer enableGracefulRestart changed after creation", RuleCategory.Admission, DiagnosticSeverity.Error,
        MetalLbMessage: "EnableGracefulRestart cannot be changed after creation",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "enableGracefulRestart"));
}
