using System.Net;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Pools;

/// <summary>
/// MLB0113: an IPAddressPool contains an address that already belongs to something: a node (a Node object's
/// InternalIP/ExternalIP, or an address on a node's interface) or a router (a BGPPeer's peerAddress). MetalLB's
/// allocator excludes none of them (<c>internal/allocator</c>: <c>getIPFromCIDR</c> walks the range and skips only
/// the .0/.255 addresses of avoidBuggyIPs), so a Service can get one and MetalLB then announces it. A BGPPeer's
/// sourceAddress in a pool is MLB0902's.
/// </summary>
internal static class PoolContainsNodeOrRouterAddress
{
    public static Rule Rule { get; } = Rule.ForSet(MetalLbRules.PoolContainsNodeOrRouterAddress, Check);

    private static void Check(RuleContext context)
    {
        var index = PoolEntryIndex.For(context);
        var byPool = Taken(context, index)
            .SelectMany(t => index.Containing(t.Key).Select(e => (e.Pool, e.Index, Address: t.Key, What: t.Value)))
            .ToLookup(f => f.Pool, ReferenceEqualityComparer.Instance);
        foreach (var pool in context.Set.Pools.Where(byPool.Contains))
        {
            var found = byPool[pool].DistinctBy(f => f.Address).ToList();
            var shown = string.Join(", ", found.Take(5).Select(f => $"{f.Address} ({f.What})")) + (found.Count > 5 ? $" and {found.Count - 5} more" : string.Empty);
            var how = pool.AutoAssign == false ? "a Service that asks for this pool" : "a LoadBalancer Service";
            context.Report(MetalLbRules.PoolContainsNodeOrRouterAddress, pool, $"spec.addresses[{found.Min(f => f.Index)}]",
                $"IPAddressPool \"{pool.Name}\" contains {shown}. MetalLB's allocator excludes no address of a pool (only .0 and .255 with avoidBuggyIPs), so {how} can get one, and MetalLB then announces it (ARP/NDP replies or a BGP route) while the node or router still uses it: traffic meant for the node or router is drawn to the Service's node, and the Service is not reliably reachable. Narrow spec.addresses to a range that leaves these addresses out");
        }
    }

    /// <summary>
    /// The addresses in use by nodes and routers that some pool contains, each with what uses it; sourceAddresses are
    /// left to MLB0902. Only those are described: most node addresses are in no pool.
    /// </summary>
    private static Dictionary<IPAddress, string> Taken(RuleContext context, PoolEntryIndex index)
    {
        var cluster = ClusterModel.For(context);
        var sources = context.Set.Peers.Select(p => p.SourceAddress?.Address).OfType<IPAddress>().ToHashSet();
        var taken = new Dictionary<IPAddress, string>();
        void Add(IPAddress address, Func<string> what)
        {
            // The first use of an address is the one described (the other conditions depend on the address alone).
            if (!taken.ContainsKey(address) && index.Contains(address) && !sources.Contains(address) && Describable(address))
            {
                taken.Add(address, what());
            }
        }

        // The nodes' addresses in the order they are described, from the nodes alone: kept with them across runs.
        foreach (var (address, what) in cluster.Memo("MLB0113 node addresses", NodeAddresses))
        {
            if (!taken.ContainsKey(address) && index.Contains(address) && !sources.Contains(address))
            {
                taken.Add(address, what);
            }
        }

        foreach (var peer in context.Set.Peers)
        {
            if (peer.PeerAddress?.Address is { } router)
            {
                Add(router, () => $"the router's address, peerAddress of BGPPeer \"{peer.Name}\"");
            }
        }

        return taken;
    }

    private static bool Describable(IPAddress address) =>
        !IPAddress.IsLoopback(address) && !address.IsIPv6LinkLocal
        && !(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && address.GetAddressBytes() is [169, 254, ..]);

    /// <summary>The Node objects' InternalIP and ExternalIP, then the addresses on the nodes' interfaces, each with what holds it.</summary>
    private static List<(IPAddress Address, string What)> NodeAddresses(ClusterModel cluster)
    {
        var found = new List<(IPAddress Address, string What)>();
        foreach (var (address, holders) in cluster.StatusAddresses)
        {
            var node = cluster.NodeObjects[holders[0]];
            var type = node.Addresses.First(a => address.Equals(a.Address.Address)).Type;
            if (type is "InternalIP" or "ExternalIP" && Describable(address))
            {
                found.Add((address, $"{type} of node {holders[0]}"));
            }
        }

        // kube-proxy in IPVS mode puts every LoadBalancer IP on its dummy interface: those are MetalLB's own addresses.
        foreach (var (address, owners) in cluster.Owned)
        {
            if (owners.FirstOrDefault(o => o.Interface.Name != SessionSources.IpvsDummy) is { } owner && Describable(address))
            {
                found.Add((address, $"assigned on {owner}"));
            }
        }

        return found;
    }
}
