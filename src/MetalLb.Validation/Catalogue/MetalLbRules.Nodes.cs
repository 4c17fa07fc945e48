using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules: the nodes, their sessions and announcements, and the node a command runs as.</summary>
public static partial class MetalLbRules
{
    /// <summary>MLB0909: every node an advertisement selects is excluded from load balancers, so its pools are announced from nowhere.</summary>
    public static RuleDescriptor AdvertisementOnlyOnExcludedNodes { get; } = new("MLB0909", "Advertisement selects only nodes excluded from load balancers", RuleCategory.Nodes, DiagnosticSeverity.Warning, Releases: new ReleaseRange(MetalLbRelease.ExcludeLbLabelFrom, null));

    /// <summary>MLB1001: a node whose interfaces are unknown, so its sourceAddress checks were skipped.</summary>
    public static RuleDescriptor NodeWithoutInterfaces { get; } = new("MLB1001", "Node has no interface data", RuleCategory.Nodes, DiagnosticSeverity.Info);

    /// <summary>MLB1002: one node reaches the same router from different source addresses (through different BGPPeers).</summary>
    public static RuleDescriptor NodeSourcesDiffer { get; } = new("MLB1002", "Node uses different source addresses for the same router", RuleCategory.Nodes, DiagnosticSeverity.Warning, Modes: BackendModes.Native | BackendModes.Frr);

    /// <summary>MLB1003: a BGPPeer whose nodeSelectors select none of the known nodes.</summary>
    public static RuleDescriptor PeerSelectsNoNode { get; } = new("MLB1003", "BGPPeer selects no node", RuleCategory.Nodes, DiagnosticSeverity.Warning);

    /// <summary>MLB1004: a node selected by a BGPAdvertisement with pools to announce has no session the advertisement could use.</summary>
    public static RuleDescriptor NodeAdvertisesWithoutSession { get; } = new("MLB1004", "Node runs a BGP advertisement but has no session for it", RuleCategory.Nodes, DiagnosticSeverity.Warning);

    /// <summary>MLB1005: a router ID used on several nodes, or equal to an address of another node.</summary>
    public static RuleDescriptor RouterIdCollision { get; } = new("MLB1005", "Router ID collides across nodes", RuleCategory.Nodes, DiagnosticSeverity.Warning);

    /// <summary>MLB1006: the input selects too many (node, peer) and (node, advertisement) pairs for the per-node checks.</summary>
    public static RuleDescriptor TopologyTooLarge { get; } = new("MLB1006", "Too many node pairs for the per-node checks", RuleCategory.Nodes, DiagnosticSeverity.Info);

    /// <summary>MLB1007: the input describes nodes, and the one named to run as (node-check, preflight) is not among them.</summary>
    public static RuleDescriptor NodeNotFound { get; } = new("MLB1007", "Node named to run as is not among the input's nodes", RuleCategory.Nodes, DiagnosticSeverity.Error);

    /// <summary>MLB1008: interface data names a node that none of the Node objects given is.</summary>
    public static RuleDescriptor InterfaceDataUnknownNode { get; } = new("MLB1008", "Interface data names a node that is not among the Node objects", RuleCategory.Nodes, DiagnosticSeverity.Error);

    internal static IReadOnlyList<RuleDescriptor> NodeRunOutcomes { get; } = [NodeNotFound];
}
