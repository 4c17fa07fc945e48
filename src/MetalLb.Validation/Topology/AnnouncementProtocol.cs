namespace MetalLb.Validation.Topology;

/// <summary>How a node announces a pool.</summary>
internal enum AnnouncementProtocol
{
    /// <summary>BGPAdvertisement: routes to the node's BGP sessions.</summary>
    Bgp,
    /// <summary>L2Advertisement: ARP/NDP replies from the elected node.</summary>
    L2,
}
