using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules; these are the outcomes of a preflight (a real BGP OPEN toward each router).</summary>
public static partial class MetalLbRules
{
    /// <summary>The session came up: OPENs and KEEPALIVEs exchanged, closed with Cease.</summary>
    public static RuleDescriptor PreflightEstablished { get; } = new(
        "MLB1100", "BGP session came up from this node", RuleCategory.Preflight, DiagnosticSeverity.Info);

    /// <summary>Binding the socket to sourceAddress failed: the address is not on this node.</summary>
    public static RuleDescriptor PreflightSourceNotLocal { get; } = new(
        "MLB1101", "Source address is not assigned on this node", RuleCategory.Preflight, DiagnosticSeverity.Error,
        MetalLbMessage: "failed to connect to peer: dial \"<peer>\": address \"<src>\" doesn't exist on this host");

    /// <summary>The router answered the SYN with a reset, or the network said it is unreachable.</summary>
    public static RuleDescriptor PreflightConnectRefused { get; } = new(
        "MLB1102", "Router refused or could not be reached on the BGP port", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>No TCP answer within the timeout.</summary>
    public static RuleDescriptor PreflightConnectTimeout { get; } = new(
        "MLB1103", "TCP connection to the router timed out", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>TCP came up, but the router closed it before the OPEN exchange finished.</summary>
    public static RuleDescriptor PreflightClosedByRouter { get; } = new(
        "MLB1104", "Router closed the connection without a BGP answer", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>The router sent a NOTIFICATION.</summary>
    public static RuleDescriptor PreflightNotification { get; } = new(
        "MLB1105", "Router rejected the session with a NOTIFICATION", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>The router's OPEN carries another ASN than peerASN (or dynamicASN) expects.</summary>
    public static RuleDescriptor PreflightPeerAsnMismatch { get; } = new(
        "MLB1106", "Router's ASN differs from the configured peer ASN", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>The router sent something that is not valid BGP, or an unusable OPEN.</summary>
    public static RuleDescriptor PreflightBadMessage { get; } = new(
        "MLB1107", "Router sent a malformed or unusable BGP message", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>TCP is up but the router sent no OPEN or KEEPALIVE within the timeout.</summary>
    public static RuleDescriptor PreflightNoAnswer { get; } = new(
        "MLB1108", "Router accepted TCP but did not answer in BGP", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>The password is in a Secret, which cannot be read offline; the probe runs without it.</summary>
    public static RuleDescriptor PreflightPasswordSecretUnresolved { get; } = new(
        "MLB1109", "Password from passwordSecret cannot be used by the preflight", RuleCategory.Preflight, DiagnosticSeverity.Warning);

    /// <summary>A session the node would open that the preflight cannot probe (unnumbered, VRF, incomplete peer).</summary>
    public static RuleDescriptor PreflightNotProbed { get; } = new(
        "MLB1110", "Session cannot be probed from here", RuleCategory.Preflight, DiagnosticSeverity.Warning);

    /// <summary>The input describes no node, so only peers without nodeSelectors are probed.</summary>
    public static RuleDescriptor PreflightNodeUnknown { get; } = new(
        "MLB1111", "Input describes no node; only peers without nodeSelectors are probed", RuleCategory.Preflight, DiagnosticSeverity.Warning);

    /// <summary>No BGPPeer selects the node.</summary>
    public static RuleDescriptor PreflightNoSessions { get; } = new(
        "MLB1112", "Node would open no BGP session", RuleCategory.Preflight, DiagnosticSeverity.Warning);

    /// <summary>The backend mode drops a field the probe would otherwise use (FRR-K8s drops sourceAddress and localASN).</summary>
    public static RuleDescriptor PreflightModeDropsField { get; } = new(
        "MLB1113", "Backend mode ignores a session field; probed as the mode would open it", RuleCategory.Preflight, DiagnosticSeverity.Warning,
        Modes: BackendModes.FrrK8s);

    /// <summary>A password is set but this platform cannot sign TCP segments (TCP-MD5 is Linux-only here).</summary>
    public static RuleDescriptor PreflightMd5Unavailable { get; } = new(
        "MLB1114", "TCP-MD5 signatures are not available here", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>Every preflight descriptor, by id.</summary>
    internal static IReadOnlyList<RuleDescriptor> PreflightOutcomes { get; } =
    [
        PreflightEstablished, PreflightSourceNotLocal, PreflightConnectRefused, PreflightConnectTimeout, PreflightClosedByRouter, PreflightNotification, PreflightPeerAsnMismatch,
        PreflightBadMessage, PreflightNoAnswer, PreflightPasswordSecretUnresolved, PreflightNotProbed, PreflightNodeUnknown, PreflightNoSessions, PreflightModeDropsField, PreflightMd5Unavailable,
    ];
}
