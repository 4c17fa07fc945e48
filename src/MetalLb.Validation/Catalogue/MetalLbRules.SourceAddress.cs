using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: a BGPPeer's sourceAddress against the nodes that open its sessions.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0901: a BGPPeer's sourceAddress is not assigned on a node the peer selects.</summary>
    public static RuleDescriptor SourceAddressNotOnNode { get; } = new("MLB0901", "sourceAddress is not assigned on a selected node", RuleCategory.SourceAddress, DiagnosticSeverity.Error, Modes: BackendModes.Native | BackendModes.Frr,
        MetalLbMessage: "address \"%s\" doesn't exist on this host (native speaker log, retried forever; FRR logs a bind failure and stays in Active)");

    /// <summary>MLB0902: a sourceAddress inside an IPAddressPool, or announced by L2.</summary>
    public static RuleDescriptor SourceAddressInPool { get; } = new("MLB0902", "sourceAddress lies in an IPAddressPool or is announced by L2", RuleCategory.SourceAddress, DiagnosticSeverity.Error, Modes: BackendModes.Native | BackendModes.Frr);

    /// <summary>MLB0903: sourceAddress and peerAddress belong to different address families.</summary>
    public static RuleDescriptor SourceAddressFamilyMismatch { get; } = new("MLB0903", "sourceAddress and peerAddress are of different address families", RuleCategory.SourceAddress, DiagnosticSeverity.Error, Modes: BackendModes.Native | BackendModes.Frr);

    /// <summary>MLB0904: several nodes open sessions to one router from the same sourceAddress.</summary>
    public static RuleDescriptor SourceAddressSharedByNodes { get; } = new("MLB0904", "Several nodes open sessions to one router from the same sourceAddress", RuleCategory.SourceAddress, DiagnosticSeverity.Error, Modes: BackendModes.Native | BackendModes.Frr);

    /// <summary>MLB0905: a single-hop eBGP session sourced from an address outside every subnet the node shares with the router.</summary>
    public static RuleDescriptor SourceAddressOffLink { get; } = new("MLB0905", "Single-hop eBGP session sourced from an address outside the router's subnet", RuleCategory.SourceAddress, DiagnosticSeverity.Warning, Modes: BackendModes.Native | BackendModes.Frr);

    /// <summary>MLB0906: an unnumbered peer (spec.interface) whose sourceAddress lives on another interface of the node.</summary>
    public static RuleDescriptor SourceAddressNotOnPeerInterface { get; } = new("MLB0906", "sourceAddress is not on the peer's interface", RuleCategory.SourceAddress, DiagnosticSeverity.Error, Modes: BackendModes.Frr);

    /// <summary>MLB0907: a node holds the sourceAddress only on kube-ipvs0 or on an interface that is down.</summary>
    public static RuleDescriptor SourceAddressOnUnusableInterface { get; } = new("MLB0907", "sourceAddress is only on kube-ipvs0 or on a down interface", RuleCategory.SourceAddress, DiagnosticSeverity.Error, Modes: BackendModes.Native | BackendModes.Frr);

    /// <summary>MLB0908: an IPv6 link-local sourceAddress (fe80::/10) on a numbered session.</summary>
    public static RuleDescriptor SourceAddressLinkLocal { get; } = new("MLB0908", "sourceAddress is an IPv6 link-local address", RuleCategory.SourceAddress, DiagnosticSeverity.Error, Modes: BackendModes.Native | BackendModes.Frr,
        MetalLbMessage: "bind: invalid argument (native speaker log, retried forever)");

    /// <summary>MLB0920: a sourceAddress is another node's address (its status.addresses), and the peer does not select that node.</summary>
    public static RuleDescriptor SourceAddressOfOtherNode { get; } = new("MLB0920", "sourceAddress is another node's address", RuleCategory.SourceAddress, DiagnosticSeverity.Error, Modes: BackendModes.Native | BackendModes.Frr,
        MetalLbMessage: "address \"%s\" doesn't exist on this host (native speaker log, retried forever; FRR logs a bind failure and stays in Active)");
}
