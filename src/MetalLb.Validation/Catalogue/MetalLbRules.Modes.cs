using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Releases;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: what one backend mode (native, FRR, FRR-K8s) rejects or ignores.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0801: a BGPPeer sets bfdProfile, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedBfdProfile { get; } = new(
        "MLB0801", "BGPPeer uses BFD in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        null, "peer %s has bfd-profile set on native bgp mode");

    /// <summary>MLB0802: a BGPPeer sets keepaliveTime, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedKeepaliveTime { get; } = new(
        "MLB0802", "BGPPeer sets keepaliveTime in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        null, "peer %s has keepalive-time set on native bgp mode");

    /// <summary>MLB0803: a BGPPeer sets vrf, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedVrf { get; } = new(
        "MLB0803", "BGPPeer sets vrf in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        CrdFields.Range(BgpPeer.KindName, "vrf"), "peer %s has vrf set on native bgp mode");

    /// <summary>MLB0804: a BGPPeer sets connectTime, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedConnectTime { get; } = new(
        "MLB0804", "BGPPeer sets connectTime in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        CrdFields.Range(BgpPeer.KindName, "connectTime"), "peer %s has connect time set on native bgp mode");

    /// <summary>MLB0805: a BGPPeer sets enableGracefulRestart, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedGracefulRestart { get; } = new(
        "MLB0805", "BGPPeer enables graceful restart in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        CrdFields.Range(BgpPeer.KindName, "enableGracefulRestart"), "peer %s has EnableGracefulRestart flag set on native bgp mode");

    /// <summary>MLB0806: a BGPPeer sets disableMP, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedDisableMp { get; } = new(
        "MLB0806", "BGPPeer sets disableMP in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        CrdFields.Range(BgpPeer.KindName, "disableMP"), "peer %s has disable MP flag set on native bgp mode");

    /// <summary>MLB0807: a BGPPeer sets dualStackAddressFamily, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedDualStack { get; } = new(
        "MLB0807", "BGPPeer sets dualStackAddressFamily in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        CrdFields.Range(BgpPeer.KindName, "dualStackAddressFamily"), "peer %s has dualstackaddressfamily flag set on native bgp mode");

    /// <summary>MLB0808: a BGPPeer sets dynamicASN, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedDynamicAsn { get; } = new(
        "MLB0808", "BGPPeer sets dynamicASN in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        CrdFields.Range(BgpPeer.KindName, "dynamicASN"), "peer %s has dynamicASN set on native bgp mode");

    /// <summary>MLB0809: a BGPPeer sets interface, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedInterface { get; } = new(
        "MLB0809", "BGPPeer sets interface in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        CrdFields.Range(BgpPeer.KindName, "interface"), "peer %s has interface set on native bgp mode");

    /// <summary>MLB0810: a BGPPeer sets localASN, which native mode rejects.</summary>
    public static RuleDescriptor NativeUnsupportedLocalAsn { get; } = new(
        "MLB0810", "BGPPeer sets localASN in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        CrdFields.Range(BgpPeer.KindName, "localASN"), "peer %s has localASN set on native bgp mode");

    /// <summary>MLB0811: any BFDProfile object, used or not, makes native mode reject the configuration.</summary>
    public static RuleDescriptor NativeBfdProfileExists { get; } = new(
        "MLB0811", "BFDProfile exists in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        MetalLbMessage: "bfd profiles section set");

    /// <summary>MLB0812: a pool announced over BGP has IPv6 addresses, which the native speaker cannot announce.</summary>
    public static RuleDescriptor NativeIpv6PoolOverBgp { get; } = new(
        "MLB0812", "IPv6 pool announced over BGP in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        MetalLbMessage: "pool %q has ipv6 CIDR %s, native bgp mode does not support ipv6");

    /// <summary>MLB0813: a BGPAdvertisement lists a large community, which the native speaker cannot send.</summary>
    public static RuleDescriptor NativeLargeCommunityInAdvertisement { get; } = new(
        "MLB0813", "Large BGP community in a BGPAdvertisement in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        MetalLbMessage: "native BGP mode only supports legacy communities, BGP advertisement %q has non legacy community %q",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <summary>MLB0814: a Community alias holds a large community; native mode rejects it even when no advertisement uses it.</summary>
    public static RuleDescriptor NativeLargeCommunityInCommunity { get; } = new(
        "MLB0814", "Large BGP community in a Community in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native,
        MetalLbMessage: "native BGP mode only supports legacy communities, BGP community CR %q has non legacy community %q",
        Releases: new ReleaseRange(new Version(0, 13, 10), null));

    /// <summary>MLB0820: BGPPeers on one node have different routerID in FRR modes (0.16.0 and later compare only pairs sharing a node).</summary>
    public static RuleDescriptor FrrRouterIdMismatch { get; } = new(
        "MLB0820", "BGPPeers on one node have different routerID in FRR modes", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        new ReleaseRange(MetalLbRelease.NodeAwareFrrChecksFrom, null),
        "peer %s has RouterID different from %s, in FRR mode peers selecting the same node must all have the same RouterID");

    /// <summary>MLB0821: BGPPeers have different routerID in FRR modes (MetalLB 0.15.3 and earlier compare every pair).</summary>
    public static RuleDescriptor FrrRouterIdMismatchClusterWide { get; } = new(
        "MLB0821", "BGPPeers have different routerID in FRR modes (0.15.3 and earlier)", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        new ReleaseRange(null, MetalLbRelease.ClusterWideFrrChecksThrough),
        "peer %s has RouterID different from %s, in FRR mode all RouterID must be equal");

    /// <summary>MLB0822: two BGPPeers for the same router on one node in FRR modes (0.16.0 and later compare only pairs sharing a node).</summary>
    public static RuleDescriptor FrrDuplicatePeer { get; } = new(
        "MLB0822", "Two BGPPeers for the same router on one node in FRR modes", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        new ReleaseRange(MetalLbRelease.NodeAwareFrrChecksFrom, null),
        "peer %s already exists, FRR mode doesn't support duplicate BGPPeers selecting the same node");

    /// <summary>MLB0823: two BGPPeers for the same router in FRR modes (MetalLB 0.15.3 and earlier compare every pair).</summary>
    public static RuleDescriptor FrrDuplicatePeerClusterWide { get; } = new(
        "MLB0823", "Two BGPPeers for the same router in FRR modes (0.15.3 and earlier)", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        new ReleaseRange(null, MetalLbRelease.ClusterWideFrrChecksThrough),
        "peer %s already exists, FRR mode doesn't support duplicate BGPPeers");

    /// <summary>MLB0824: BGPPeers on one node have different myASN in one VRF in FRR modes (0.16.0 and later compare only pairs sharing a node).</summary>
    public static RuleDescriptor FrrMyAsnMismatch { get; } = new(
        "MLB0824", "BGPPeers on one node have different myASN in one VRF in FRR modes", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        new ReleaseRange(MetalLbRelease.NodeAwareFrrChecksFrom, null),
        "peer %s has myAsn different from %s, in FRR mode peers selecting the same node must have the same myAsn within the same VRF");

    /// <summary>MLB0825: BGPPeers have different myASN in one VRF in FRR modes (MetalLB 0.15.3 and earlier compare every pair).</summary>
    public static RuleDescriptor FrrMyAsnMismatchClusterWide { get; } = new(
        "MLB0825", "BGPPeers have different myASN in one VRF in FRR modes (0.15.3 and earlier)", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        new ReleaseRange(null, MetalLbRelease.ClusterWideFrrChecksThrough),
        "peer %s has myAsn different from %s, in FRR mode all myAsn must be equal for the same VRF");

    /// <summary>MLB0830: in native mode, two BGPPeers for the same router select a common node, whose sessions collide and flap.</summary>
    public static RuleDescriptor NativeDuplicateSession { get; } = new(
        "MLB0830", "Two BGPPeers open duplicate sessions from one node in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native);

    /// <summary>MLB0831: in FRR-K8s mode MetalLB does not pass sourceAddress on to frr-k8s, so it has no effect.</summary>
    public static RuleDescriptor FrrK8sSourceAddressIgnored { get; } = new(
        "MLB0831", "sourceAddress is ignored in FRR-K8s mode", RuleCategory.Modes, DiagnosticSeverity.Warning, BackendModes.FrrK8s);

    /// <summary>MLB0832: in FRR-K8s mode MetalLB does not pass localASN on to frr-k8s, so the session presents myASN.</summary>
    public static RuleDescriptor FrrK8sLocalAsnIgnored { get; } = new(
        "MLB0832", "localASN is ignored in FRR-K8s mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.FrrK8s,
        Releases: CrdFields.Range(BgpPeer.KindName, "localASN"));

    /// <summary>MLB0833: an IPv6 peerAddress in native mode, which the native speaker dials without brackets.</summary>
    public static RuleDescriptor NativeIpv6PeerAddress { get; } = new(
        "MLB0833", "IPv6 peerAddress in native mode", RuleCategory.Modes, DiagnosticSeverity.Error, BackendModes.Native);
}
