using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.SourceAddress;

/// <summary>MLB0901: a BGPPeer's sourceAddress is not assigned on a node the peer selects.</summary>
internal sealed class SourceAddressNotOnNodeRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB0901", "sourceAddress is not assigned on a selected node", RuleCategory.SourceAddress, DiagnosticSeverity.Error,
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

            foreach (var name in topology.NodesOf(peer))
            {
                var node = topology.Node(name)!;
                if (!node.HasInterfaces || node.Find(source) is not null)
                {
                    continue;
                }

                var elsewhere = topology.Owners(source);
                var holders = topology.Cluster.StatusHolders(source);
                var where = elsewhere.Count == 0
                    ? holders.Count == 0 ? "no node in the input has it" : $"it is in the status.addresses of node {string.Join(", ", holders)}"
                    : $"it is on {string.Join(", ", elsewhere.Select(o => o.Address.Location.IsKnown ? $"{o} ({o.Address.Location})" : o.ToString()))}";
                var effect = context.Mode == BackendMode.Native
                    ? $"the native speaker logs 'address \"{source}\" doesn't exist on this host' and retries forever"
                    : "FRR cannot bind the session to it and leaves the neighbor in Active";
                var guess = LabelGuess.Of(topology.Cluster, peer.NodeSelectors, name);
                // The advice never asks to assign an address another node already has: one address on two nodes
                // toward one router is its own problem (the router keeps one neighbor per address).
                context.Report(
                    peer,
                    "spec.sourceAddress",
                    $"sourceAddress {source} is not assigned on any interface of node {name} (interfaces from {node.InterfaceOrigin}); {where}. On {name} {effect}{(guess is null ? string.Empty : $" ({guess})")}. {Fix(context, topology, peer, source, name, elsewhere)}",
                    name,
                    guess is null ? null : DiagnosticSeverity.Warning);
            }
        }
    }

    private static string Fix(RuleContext context, NodeTopology topology, BgpPeer peer, System.Net.IPAddress source, string node, IReadOnlyList<AddressOwner> elsewhere)
    {
        if (elsewhere.Count == 0)
        {
            return $"Assign {source} on {node} (a loopback address, say), or set sourceAddress to an address {node} has";
        }

        var selected = topology.NodesOf(peer);
        var owners = elsewhere.Select(o => o.Node).Distinct(StringComparer.Ordinal).Where(selected.Contains).ToList();
        if (owners.Count == 0)
        {
            owners = elsewhere.Select(o => o.Node).Distinct(StringComparer.Ordinal).ToList();
            return $"Set spec.nodeSelectors to {PerNodePeerAdvice.Selector(owners)}, the node{(owners.Count == 1 ? string.Empty : "s")} that own{(owners.Count == 1 ? "s" : string.Empty)} it, or set sourceAddress to an address {node} has";
        }

        var narrow = $"Narrow spec.nodeSelectors to {PerNodePeerAdvice.Selector(owners)}, the node{(owners.Count == 1 ? string.Empty : "s")} of this peer that own{(owners.Count == 1 ? "s" : string.Empty)} it";
        return PerNodePeerAdvice.Allowed(context)
            ? $"{narrow}; if {node} needs a session to this router too, give it its own BGPPeer with an address {node} has and nodeSelectors matchLabels kubernetes.io/hostname: {node}"
            : $"{narrow}; {node} then has no session to this router: {PerNodePeerAdvice.Refused(context)}";
    }
}
