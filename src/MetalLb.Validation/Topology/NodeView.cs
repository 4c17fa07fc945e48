using System.Net;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Topology;

/// <summary>Everything about one node: its labels, interfaces, the sessions it opens and the pools it announces.</summary>
internal sealed class NodeView(string name, KubernetesNode? node, IReadOnlyDictionary<string, string> labels, IReadOnlyList<NodeNetworkState> states, ClusterModel model)
{
    private IReadOnlyList<NodeAdvertisement>? _advertisements;
    private IReadOnlyList<PoolAnnouncement>? _announcements;
    private IReadOnlyList<InterfaceState>? _interfaces;

    /// <summary>Node name.</summary>
    public string Name { get; } = name;

    /// <summary>The Node object, or null when only interface data names the node.</summary>
    public KubernetesNode? Node { get; } = node;

    /// <summary>Labels (for a node known only from interface data: <c>kubernetes.io/hostname</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; } = labels;

    /// <summary>Interfaces from every topology source for this node.</summary>
    public IReadOnlyList<InterfaceState> Interfaces => _interfaces ??= states.Count == 1 ? states[0].Interfaces : [.. states.SelectMany(s => s.Interfaces)];

    /// <summary>True when an interface named <paramref name="name"/> is among <see cref="Interfaces"/>.</summary>
    public bool HasInterface(string name)
    {
        foreach (var state in States)
        {
            if (DerivedOnce.InterfaceNames(state).Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>False when no source said which interfaces the node has: ownership checks cannot run.</summary>
    public bool HasInterfaces => States.Count > 0;

    /// <summary>Where the interfaces came from (<c>NodeNetworkState</c>, <c>ip -j address show</c>...).</summary>
    public string? InterfaceOrigin => states.Count switch
    {
        0 => null,
        1 => states[0].Origin,
        _ => string.Join(", ", states.Select(s => s.Origin).Distinct(StringComparer.Ordinal)),
    };

    /// <summary>The topology objects for this node.</summary>
    public IReadOnlyList<NodeNetworkState> States => states;

    /// <summary>
    /// True when the node announces nothing although advertisements select it: it is labelled
    /// <c>node.kubernetes.io/exclude-from-external-load-balancers</c> and the speaker honours the label. It still opens
    /// its BGP sessions.
    /// </summary>
    public bool ExcludedFromLoadBalancers { get; init; }

    /// <summary>BGP sessions the node opens, in the order of the BGPPeers.</summary>
    public List<BgpSession> Sessions { get; } = [];

    /// <summary>The advertisements that select the node, each with the pools it announces; built on first use.</summary>
    public IReadOnlyList<NodeAdvertisement> Advertisements => _advertisements ??= model.AdvertisementsOf(this);

    /// <summary>Pools the node announces, by BGP and by L2, one entry per (advertisement, pool); built on first use.</summary>
    public IReadOnlyList<PoolAnnouncement> Announcements => _announcements ??= Advertisements
        .SelectMany(a => a.Pools.Select(p => new PoolAnnouncement(p, a.Advertisement, a.Protocol, a.Interfaces, a.Peers)))
        .ToList();

    /// <summary>Every interface and address of the node holding <paramref name="address"/>.</summary>
    public IEnumerable<(InterfaceState Interface, InterfaceAddress Address)> Holding(IPAddress address) =>
        Interfaces.SelectMany(nic => nic.Addresses.Where(a => a.Address.Equals(address)).Select(a => (nic, a)));

    /// <summary>The first interface holding <paramref name="address"/>, or null.</summary>
    public (InterfaceState Interface, InterfaceAddress Address)? Find(IPAddress address) =>
        Holding(address).Select(h => ((InterfaceState, InterfaceAddress)?)h).FirstOrDefault();

    /// <summary>The first place holding <paramref name="address"/> that can source a session, or null.</summary>
    public (InterfaceState Interface, InterfaceAddress Address)? FindUsable(IPAddress address) =>
        Holding(address).Where(h => SessionSources.Unusable(h.Interface, h.Address) is null).Select(h => ((InterfaceState, InterfaceAddress)?)h).FirstOrDefault();

    /// <summary>Addresses of the node whose connected subnet contains <paramref name="address"/>.</summary>
    public IEnumerable<(InterfaceState Interface, InterfaceAddress Address)> OnLinkWith(IPAddress address) =>
        Interfaces.SelectMany(nic => nic.Addresses
            .Where(a => a.Address.AddressFamily == address.AddressFamily && a.PrefixLength < IpMath.Width(address.AddressFamily) && a.Subnet.Contains(address))
            .Select(a => (nic, a)));
}
