using System.Net;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Topology;

/// <summary>Everything about one node: its labels, interfaces, the sessions it opens and the pools it announces.</summary>
public sealed class NodeView
{
    internal NodeView(string name, KubernetesNode? node, IReadOnlyDictionary<string, string> labels, IReadOnlyList<NodeNetworkState> states)
    {
        Name = name;
        Node = node;
        Labels = labels;
        Interfaces = states.SelectMany(s => s.Interfaces).ToList();
        HasInterfaces = states.Count > 0;
        InterfaceOrigin = states.Count == 0 ? null : string.Join(", ", states.Select(s => s.Origin).Distinct(StringComparer.Ordinal));
        States = states;
    }

    /// <summary>Node name.</summary>
    public string Name { get; }

    /// <summary>The Node object, or null when only interface data names the node.</summary>
    public KubernetesNode? Node { get; }

    /// <summary>Labels (for a node known only from interface data: <c>kubernetes.io/hostname</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>Interfaces from every topology source for this node.</summary>
    public IReadOnlyList<InterfaceState> Interfaces { get; }

    /// <summary>False when no source said which interfaces the node has: ownership checks cannot run.</summary>
    public bool HasInterfaces { get; }

    /// <summary>Where the interfaces came from (<c>NodeNetworkState</c>, <c>ip -j address show</c>...).</summary>
    public string? InterfaceOrigin { get; }

    /// <summary>The topology objects for this node.</summary>
    public IReadOnlyList<NodeNetworkState> States { get; }

    /// <summary>
    /// True when the node announces nothing although advertisements select it: it is labelled
    /// <c>node.kubernetes.io/exclude-from-external-load-balancers</c> and the speaker honours the label. It still opens
    /// its BGP sessions.
    /// </summary>
    public bool ExcludedFromLoadBalancers { get; internal set; }

    /// <summary>BGP sessions the node opens.</summary>
    public IReadOnlyList<BgpSession> Sessions { get; internal set; } = [];

    /// <summary>The advertisements that select the node, each with the pools it announces; built on first use.</summary>
    public IReadOnlyList<NodeAdvertisement> Advertisements => _advertisements ??= Topology?.AdvertisementsOf(this) ?? [];

    internal NodeTopology? Topology { get; set; }

    private IReadOnlyList<NodeAdvertisement>? _advertisements;

    /// <summary>Pools the node announces, by BGP and by L2, one entry per (advertisement, pool); built on first use.</summary>
    public IReadOnlyList<PoolAnnouncement> Announcements => _announcements ??= Advertisements
        .SelectMany(a => a.Pools.Select(p => new PoolAnnouncement(p, a.Advertisement, a.Protocol, a.Interfaces, a.Peers)))
        .ToList();

    private IReadOnlyList<PoolAnnouncement>? _announcements;

    /// <summary>The interface holding <paramref name="address"/>, or null.</summary>
    public (InterfaceState Interface, InterfaceAddress Address)? Find(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        foreach (var nic in Interfaces)
        {
            foreach (var a in nic.Addresses)
            {
                if (a.Address.Equals(address))
                {
                    return (nic, a);
                }
            }
        }

        return null;
    }

    /// <summary>Addresses of the node whose connected subnet contains <paramref name="address"/>.</summary>
    public IEnumerable<(InterfaceState Interface, InterfaceAddress Address)> OnLinkWith(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        foreach (var nic in Interfaces)
        {
            foreach (var a in nic.Addresses)
            {
                if (a.Address.AddressFamily == address.AddressFamily && a.PrefixLength < Model.Values.IpMath.Width(address.AddressFamily) && a.Subnet.Contains(address))
                {
                    yield return (nic, a);
                }
            }
        }
    }
}
