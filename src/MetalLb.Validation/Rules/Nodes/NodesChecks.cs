namespace MetalLb.Validation.Rules.Nodes;

/// <summary>The Nodes checks.</summary>
internal static class NodesChecks
{
    public static Rule[] All { get; } =
    [
        new AdvertisementOnlyOnExcludedNodesRule(),
        new InterfaceDataUnknownNodeRule(),
        new NodeAdvertisesWithoutSessionRule(),
        new NodeSourcesDifferRule(),
        new NodeWithoutInterfacesRule(),
        new PeerSelectsNoNodeRule(),
        new RouterIdCollisionRule(),
        new TopologyTooLargeRule(),
    ];
}
