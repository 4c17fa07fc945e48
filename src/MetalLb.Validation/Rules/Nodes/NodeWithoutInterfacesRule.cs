using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>
/// MLB1001: a node whose interfaces are unknown, so its sourceAddress checks were skipped. Said once per node; it
/// never turns into an error of its own.
/// </summary>
internal sealed class NodeWithoutInterfacesRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1001", "Node has no interface data", RuleCategory.Nodes, DiagnosticSeverity.Info);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        var anyData = topology.Nodes.Any(n => n.HasInterfaces);
        foreach (var node in topology.Nodes.Where(n => !n.HasInterfaces))
        {
            var sourced = node.Sessions.Where(s => s.SourceAddress is not null).Select(s => s.Peer.Name).Distinct(StringComparer.Ordinal).ToList();
            if (sourced.Count == 0 && !anyData)
            {
                continue;
            }

            var skipped = sourced.Count == 0 ? string.Empty : $"; the sourceAddress checks of BGPPeer {string.Join(", ", sourced)} were skipped for it";
            context.Report(
                node.Node,
                "metadata.name",
                $"no interface data for node {node.Name}{skipped}. Add its NodeNetworkState, '--ip-addr {node.Name}=FILE' (ip -j address show), a NodeInventory entry, or run 'metallb-validate node-check --node {node.Name}' on the node",
                node.Name);
        }
    }
}
