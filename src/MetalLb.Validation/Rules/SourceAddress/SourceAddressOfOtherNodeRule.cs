using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>
/// MLB0920: a BGPPeer's sourceAddress is another node's address in the Node objects' <c>status.addresses</c>, and the
/// peer selects none of the nodes that have it. Decided from the Node objects alone, so it holds for nodes without
/// interface data (with interface data MLB0901 reports the same node and names the owner).
/// </summary>
internal sealed class SourceAddressOfOtherNodeRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0920", "sourceAddress is another node's address", RuleCategory.SourceAddress, DiagnosticSeverity.Error,
        Modes: BackendModes.Native | BackendModes.Frr,
        MetalLbMessage: "address \"%s\" doesn't exist on this host (native speaker log, retried forever; FRR logs a bind failure and stays in Active)");

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        foreach (var peer in context.Set.Peers)
        {
            if (peer.SourceAddress?.Address is not { } source)
            {
                continue;
            }

            var holders = topology.Cluster.StatusHolders(source);
            var nodes = topology.NodesOf(peer);
            // A holder among the selected nodes is the one-source-on-several-nodes case (MLB0904), not this one.
            if (holders.Count == 0 || nodes.Count == 0 || nodes.Any(holders.Contains))
            {
                continue;
            }

            // Nodes with interface data are MLB0901's; a selected node that has the address on an interface owns it.
            var views = nodes.Select(n => topology.Node(n)!).ToList();
            if (views.Any(v => v.Find(source) is not null))
            {
                continue;
            }

            var unknown = views.Where(v => !v.HasInterfaces).Select(v => v.Name).ToList();
            if (unknown.Count == 0)
            {
                continue;
            }

            var holder = holders[0];
            var type = topology.Cluster.Index.Nodes[holder].Addresses.First(a => source.Equals(a.Address.Address)).Type;
            var effect = context.Mode == BackendMode.Native
                ? $"the native speaker logs 'address \"{source}\" doesn't exist on this host' and retries forever"
                : "FRR cannot bind the session to it and leaves the neighbor in Active";
            var own = unknown.Count == 1 && topology.Cluster.Index.Nodes.TryGetValue(unknown[0], out var self)
                && self.Addresses.FirstOrDefault(a => a.Type == "InternalIP" && a.Address.Address is not null) is { } internalIp
                ? $" (its InternalIP is {internalIp.Address.Address})"
                : string.Empty;
            context.Report(
                peer,
                "spec.sourceAddress",
                $"sourceAddress {source} is the {type} of node {holder} (its status.addresses), and the peer does not select {holder}: it selects {string.Join(", ", nodes)}. A node's own address is assigned on that node, not on {string.Join(", ", unknown)} (no interface data given for it), so there {effect}. Either the node the peer was written for was redeployed under another name, or the selector is wrong. Select {holder} in spec.nodeSelectors (kubernetes.io/hostname: {holder}), or set sourceAddress to an address of {string.Join(", ", unknown)}{own}",
                unknown.Count == 1 ? unknown[0] : null);
        }
    }
}
