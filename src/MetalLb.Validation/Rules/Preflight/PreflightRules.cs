using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Preflight;

/// <summary>
/// Descriptors of the findings <c>PreflightRunner</c> reports after opening real BGP sessions from a node. They are
/// outcomes of a network probe, not checks of a configuration, so they are not <see cref="Rule"/> classes; the
/// catalog lists them (like the loader's <see cref="Input.InputRules"/>) so ids, severities and docs stay in one place.
/// </summary>
public static class PreflightRules
{
    /// <summary>The session came up: OPENs and KEEPALIVEs exchanged, closed with Cease.</summary>
    public static RuleDescriptor Established { get; } = new(
        "MLB1100", "BGP session came up from this node", RuleCategory.Preflight, DiagnosticSeverity.Info);

    /// <summary>Binding the socket to sourceAddress failed: the address is not on this node.</summary>
    public static RuleDescriptor SourceNotLocal { get; } = new(
        "MLB1101", "Source address is not assigned on this node", RuleCategory.Preflight, DiagnosticSeverity.Error,
        MetalLbMessage: "failed to connect to peer: dial \"<peer>\": address \"<src>\" doesn't exist on this host");

    /// <summary>The router answered the SYN with a reset, or the network said it is unreachable.</summary>
    public static RuleDescriptor ConnectRefused { get; } = new(
        "MLB1102", "Router refused or could not be reached on the BGP port", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>No TCP answer within the timeout.</summary>
    public static RuleDescriptor ConnectTimeout { get; } = new(
        "MLB1103", "TCP connection to the router timed out", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>TCP came up, but the router closed it before the OPEN exchange finished.</summary>
    public static RuleDescriptor ClosedByRouter { get; } = new(
        "MLB1104", "Router closed the connection without a BGP answer", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>The router sent a NOTIFICATION.</summary>
    public static RuleDescriptor Notification { get; } = new(
        "MLB1105", "Router rejected the session with a NOTIFICATION", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>The router's OPEN carries another ASN than peerASN (or dynamicASN) expects.</summary>
    public static RuleDescriptor PeerAsnMismatch { get; } = new(
        "MLB1106", "Router's ASN differs from the configured peer ASN", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>The router sent something that is not valid BGP, or an unusable OPEN.</summary>
    public static RuleDescriptor BadMessage { get; } = new(
        "MLB1107", "Router sent a malformed or unusable BGP message", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>TCP is up but the router sent no OPEN or KEEPALIVE within the timeout.</summary>
    public static RuleDescriptor NoAnswer { get; } = new(
        "MLB1108", "Router accepted TCP but did not answer in BGP", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>The password is in a Secret, which cannot be read offline; the probe runs without it.</summary>
    public static RuleDescriptor PasswordSecretUnresolved { get; } = new(
        "MLB1109", "Password from passwordSecret cannot be used by the preflight", RuleCategory.Preflight, DiagnosticSeverity.Warning);

    /// <summary>A session the node would open that the preflight cannot probe (unnumbered, VRF, incomplete peer).</summary>
    public static RuleDescriptor NotProbed { get; } = new(
        "MLB1110", "Session cannot be probed from here", RuleCategory.Preflight, DiagnosticSeverity.Warning);

    /// <summary>The input describes no node, so only peers without nodeSelectors are probed.</summary>
    public static RuleDescriptor NodeUnknown { get; } = new(
        "MLB1111", "Input describes no node; only peers without nodeSelectors are probed", RuleCategory.Preflight, DiagnosticSeverity.Warning);

    /// <summary>No BGPPeer selects the node.</summary>
    public static RuleDescriptor NoSessions { get; } = new(
        "MLB1112", "Node would open no BGP session", RuleCategory.Preflight, DiagnosticSeverity.Warning);

    /// <summary>The backend mode drops a field the probe would otherwise use (FRR-K8s drops sourceAddress and localASN).</summary>
    public static RuleDescriptor ModeDropsField { get; } = new(
        "MLB1113", "Backend mode ignores a session field; probed as the mode would open it", RuleCategory.Preflight, DiagnosticSeverity.Warning,
        Modes: BackendModes.FrrK8s);

    /// <summary>A password is set but this platform cannot sign TCP segments (TCP-MD5 is Linux-only here).</summary>
    public static RuleDescriptor Md5Unavailable { get; } = new(
        "MLB1114", "TCP-MD5 signatures are not available here", RuleCategory.Preflight, DiagnosticSeverity.Error);

    /// <summary>Every preflight descriptor, by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Established, SourceNotLocal, ConnectRefused, ConnectTimeout, ClosedByRouter, Notification, PeerAsnMismatch,
        BadMessage, NoAnswer, PasswordSecretUnresolved, NotProbed, NodeUnknown, NoSessions, ModeDropsField, Md5Unavailable,
    ];
}
