using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Topology;

/// <summary>
/// An advertisement that selects one node, with the pools it announces there. The pool list is shared by every
/// node the advertisement selects, so a large cluster costs one reference per (node, advertisement) pair.
/// </summary>
/// <param name="Advertisement">The BGPAdvertisement or L2Advertisement.</param>
/// <param name="Protocol">BGP or L2.</param>
/// <param name="Pools">The pools it selects.</param>
/// <param name="Interfaces">L2: the interfaces answered on (empty: all). BGP: empty.</param>
/// <param name="Peers">BGP: the BGPPeer names the routes go to (empty: every session of the node).</param>
internal sealed record NodeAdvertisement(
    MetalLbObject Advertisement,
    AnnouncementProtocol Protocol,
    IReadOnlyList<IpAddressPool> Pools,
    IReadOnlyList<string> Interfaces,
    IReadOnlyList<string> Peers);
