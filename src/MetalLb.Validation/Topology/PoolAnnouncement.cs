using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Topology;

/// <summary>A pool one node announces, and the advertisement that makes it do so.</summary>
/// <param name="Pool">The pool.</param>
/// <param name="Advertisement">The BGPAdvertisement or L2Advertisement.</param>
/// <param name="Protocol">BGP or L2.</param>
/// <param name="Interfaces">L2: the interfaces answered on (empty: all). BGP: empty.</param>
/// <param name="Peers">BGP: the BGPPeer names the routes go to (empty: every session of the node).</param>
internal sealed record PoolAnnouncement(
    IpAddressPool Pool,
    MetalLbObject Advertisement,
    AnnouncementProtocol Protocol,
    IReadOnlyList<string> Interfaces,
    IReadOnlyList<string> Peers);
