using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: BGP peers.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0201: a BGPPeer without its local ASN.</summary>
    public static RuleDescriptor PeerMyAsnMissing { get; } = new(
        "MLB0201", "BGPPeer has no myASN", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "missing local ASN");

    /// <summary>MLB0202: a BGPPeer with neither peerASN nor dynamicASN.</summary>
    public static RuleDescriptor PeerAsnMissing { get; } = new(
        "MLB0202", "BGPPeer has neither peerASN nor dynamicASN", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "missing peer ASN and dynamicASN");

    /// <summary>MLB0203: a BGPPeer that sets both peerASN and dynamicASN.</summary>
    public static RuleDescriptor PeerAsnAndDynamicAsn { get; } = new(
        "MLB0203", "BGPPeer sets both peerASN and dynamicASN", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "both peer ASN and dynamicASN specified",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "dynamicASN"));

    /// <summary>MLB0204: dynamicASN other than internal or external.</summary>
    public static RuleDescriptor PeerDynamicAsnInvalid { get; } = new(
        "MLB0204", "BGPPeer dynamicASN is not internal or external", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid dynamicASN %s",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "dynamicASN"));

    /// <summary>MLB0205: ebgpMultiHop on a peer whose peerASN equals myASN (iBGP).</summary>
    public static RuleDescriptor PeerMultiHopOnIbgp { get; } = new(
        "MLB0205", "BGPPeer sets ebgpMultiHop on an iBGP session", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid ebgp-multihop parameter set for an ibgp peer");

    /// <summary>MLB0206: a BGPPeer with neither peerAddress nor interface.</summary>
    public static RuleDescriptor PeerWithoutEndpoint { get; } = new(
        "MLB0206", "BGPPeer has neither peerAddress nor interface", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "peer has no Address or Interface specified");

    /// <summary>MLB0207: a BGPPeer with both peerAddress and interface.</summary>
    public static RuleDescriptor PeerWithBothEndpoints { get; } = new(
        "MLB0207", "BGPPeer sets both peerAddress and interface", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "peer has both Address and Interface specified",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "interface"));

    /// <summary>MLB0208: a peerAddress that is not an IP address as MetalLB parses it.</summary>
    public static RuleDescriptor PeerAddressInvalid { get; } = new(
        "MLB0208", "BGPPeer peerAddress is not an IP address", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid BGPPeer address %q");

    /// <summary>MLB0209: an effective hold time (whole seconds) other than 0 and below 3s.</summary>
    public static RuleDescriptor PeerHoldTimeTooShort { get; } = new(
        "MLB0209", "BGPPeer hold time is neither 0 nor at least 3s", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid BGPPeer timers: invalid hold time %q: must be 0 or >=3s");

    /// <summary>MLB0210: keepaliveTime greater than holdTime (equal is allowed).</summary>
    public static RuleDescriptor PeerKeepaliveAboveHold { get; } = new(
        "MLB0210", "BGPPeer keepaliveTime is greater than holdTime", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid BGPPeer timers: invalid keepaliveTime %q, must be lower than holdTime %q");

    /// <summary>MLB0211: holdTime, keepaliveTime or connectTime that is not a Go duration.</summary>
    public static RuleDescriptor PeerTimerNotDuration { get; } = new(
        "MLB0211", "BGPPeer timer is not a duration", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "time: invalid duration %q");

    /// <summary>MLB0212: connectTime outside 1..65535 seconds (whole seconds, as the CRD's CEL rule counts them).</summary>
    public static RuleDescriptor PeerConnectTimeOutOfRange { get; } = new(
        "MLB0212", "BGPPeer connectTime is outside 1s..65535s", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "connect time should be between 1 seconds to 65535",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "connectTime"));

    /// <summary>MLB0213: connectTime that is not a whole number of seconds.</summary>
    public static RuleDescriptor PeerConnectTimeFractional { get; } = new(
        "MLB0213", "BGPPeer connectTime is not a whole number of seconds", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "connect time should contain a whole number of seconds",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "connectTime"));

    /// <summary>MLB0214: peerPort outside the schema's range (v1beta1 0..16384, v1beta2 1..16384).</summary>
    public static RuleDescriptor PeerPortOutOfRange { get; } = new(
        "MLB0214", "BGPPeer peerPort is out of range", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.peerPort: Invalid value: %d: spec.peerPort in body should be less than or equal to 16384");

    /// <summary>MLB0215: localASN set to 0 (the schema's minimum is 1).</summary>
    public static RuleDescriptor PeerLocalAsnZero { get; } = new(
        "MLB0215", "BGPPeer localASN is 0", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.localASN: Invalid value: 0: spec.localASN in body should be greater than or equal to 1",
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "localASN"));

    /// <summary>MLB0216: a routerID that is not an IP address.</summary>
    public static RuleDescriptor PeerRouterIdInvalid { get; } = new(
        "MLB0216", "BGPPeer routerID is not an IP address", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid router ID %q");

    /// <summary>MLB0217: a sourceAddress that is not an IP address (whether nodes own it is checked elsewhere).</summary>
    public static RuleDescriptor PeerSourceAddressInvalid { get; } = new(
        "MLB0217", "BGPPeer sourceAddress is not an IP address", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "invalid source IP %q");

    /// <summary>MLB0218: both password and passwordSecret set.</summary>
    public static RuleDescriptor PeerPasswordAndSecret { get; } = new(
        "MLB0218", "BGPPeer sets both password and passwordSecret", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "can not have both password and secret ref set in peer config %q/%q");

    /// <summary>MLB0219: passwordSecret names no Secret of the MetalLB namespace (a warning when the input holds no Secrets at all).</summary>
    public static RuleDescriptor PeerSecretNotFound { get; } = new(
        "MLB0219", "BGPPeer passwordSecret names no Secret", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "secret ref not found for peer config %q/%q");

    /// <summary>MLB0220: the password Secret is not of type kubernetes.io/basic-auth.</summary>
    public static RuleDescriptor PeerSecretWrongType { get; } = new(
        "MLB0220", "BGPPeer password Secret is not of type kubernetes.io/basic-auth", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "secret type mismatch on %q/%q, type %q is expected ");

    /// <summary>MLB0221: the password Secret has no <c>password</c> key.</summary>
    public static RuleDescriptor PeerSecretWithoutPassword { get; } = new(
        "MLB0221", "BGPPeer password Secret has no password key", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "password not specified in the secret %q/%q");

    /// <summary>MLB0222: bfdProfile names no BFDProfile of the input.</summary>
    public static RuleDescriptor PeerBfdProfileNotFound { get; } = new(
        "MLB0222", "BGPPeer bfdProfile names no BFDProfile", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "peer %s referencing non existing bfd profile %s");

    /// <summary>MLB0223: a v1beta1 BGPPeer node-selector expression without key, operator or values.</summary>
    public static RuleDescriptor PeerV1Beta1ExpressionIncomplete { get; } = new(
        "MLB0223", "v1beta1 BGPPeer node-selector expression lacks key, operator or values", RuleCategory.Peers, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.nodeSelectors[%d].matchExpressions[%d].values: Required value");

    /// <summary>MLB0224: a BGPPeer written at metallb.io/v1beta1, which the CRD marks deprecated from 0.14.9 on.</summary>
    public static RuleDescriptor PeerV1Beta1Deprecated { get; } = new(
        "MLB0224", "BGPPeer uses the deprecated v1beta1 API", RuleCategory.Peers, DiagnosticSeverity.Warning,
        Releases: new ReleaseRange(new Version(0, 14, 9), null),
        MetalLbMessage: "v1beta1 is deprecated, please use v1beta2");

    /// <summary>MLB0225: disableMP, deprecated and without effect from 0.15.0 on.</summary>
    public static RuleDescriptor PeerDisableMpDeprecated { get; } = new(
        "MLB0225", "BGPPeer sets the deprecated disableMP", RuleCategory.Peers, DiagnosticSeverity.Warning,
        Releases: new ReleaseRange(new Version(0, 15, 0), null),
        MetalLbMessage: "disable mp is deprecated and has no effect since it's the default behavior now");

    /// <summary>MLB0226: an IPv6 routerID (a BGP identifier is a 32-bit number).</summary>
    public static RuleDescriptor PeerRouterIdIpv6 { get; } = new(
        "MLB0226", "BGPPeer routerID is an IPv6 address", RuleCategory.Peers, DiagnosticSeverity.Error);

    /// <summary>MLB0227: ebgpMultiHop with dynamicASN internal: the session is iBGP and the setting has no effect.</summary>
    public static RuleDescriptor PeerMultiHopWithDynamicInternal { get; } = new(
        "MLB0227", "BGPPeer sets ebgpMultiHop with dynamicASN internal", RuleCategory.Peers, DiagnosticSeverity.Warning,
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "dynamicASN"));

    /// <summary>MLB0228: localASN equal to myASN (FRR refuses it) or to peerASN (a warning).</summary>
    public static RuleDescriptor PeerLocalAsnCollision { get; } = new(
        "MLB0228", "BGPPeer localASN equals myASN or peerASN", RuleCategory.Peers, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "localASN"));

    /// <summary>MLB0229: a v1beta1 BGPPeer without holdTime or keepaliveTime, which the conversion to v1beta2 stores as 0s.</summary>
    public static RuleDescriptor PeerV1Beta1TimerUnset { get; } = new(
        "MLB0229", "v1beta1 BGPPeer timer left unset becomes 0s", RuleCategory.Peers, DiagnosticSeverity.Warning,
        Releases: new ReleaseRange(new Version(0, 14, 9), null));

    /// <summary>MLB0230: an interface or vrf that cannot be a Linux network device name.</summary>
    public static RuleDescriptor PeerDeviceNameInvalid { get; } = new(
        "MLB0230", "BGPPeer interface or vrf is not a valid Linux device name", RuleCategory.Peers, DiagnosticSeverity.Error, BackendModes.AnyFrr,
        Releases: Releases.CrdFields.Range(BgpPeer.KindName, "vrf"));

    /// <summary>MLB0231: an iBGP BGPPeer whose routerID is the router's own address (peerAddress).</summary>
    public static RuleDescriptor PeerRouterIdIsRouterAddress { get; } = new(
        "MLB0231", "iBGP BGPPeer's routerID is the router's address", RuleCategory.Peers, DiagnosticSeverity.Warning);

    /// <summary>MLB0232: BGPPeers but no BGPAdvertisement: the sessions come up and announce nothing.</summary>
    public static RuleDescriptor PeerWithoutBgpAdvertisement { get; } = new(
        "MLB0232", "BGPPeers but no BGPAdvertisement", RuleCategory.Peers, DiagnosticSeverity.Warning);
}
