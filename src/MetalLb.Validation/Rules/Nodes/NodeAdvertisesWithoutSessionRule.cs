using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>
/// MLB1004: a node is selected by a BGPAdvertisement that has pools to announce, but has no BGP session the
/// advertisement could use (none at all, or none of the peers it names). Silent when no node is known.
/// </summary>
internal sealed class NodeAdvertisesWithoutSessionRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1004", "Node runs a BGP advertisement but has no session for it", RuleCategory.Nodes, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        if (topology.Index.IsEmpty || topology.IsOverBudget)
        {
            return;
        }

        foreach (var advertisement in context.Set.BgpAdvertisements)
        {
            var stranded = topology.SelectedNodes(advertisement.NodeSelectors)
                .Select(name => topology.Node(name)!)
                .Where(node => !node.ExcludedFromLoadBalancers)
                .Where(node => !node.Sessions.Any(s => advertisement.Peers.Count == 0 || advertisement.Peers.Contains(s.Peer.Name ?? string.Empty, StringComparer.Ordinal)))
                .OrderBy(node => node.Name, StringComparer.Ordinal)
                .ToList();
            if (stranded.Count == 0)
            {
                continue;
            }

            var pools = string.Join(", ", AdvertisementIndex.For(context).Pools(advertisement).Select(p => p.Name).Distinct(StringComparer.Ordinal));
            foreach (var node in stranded)
            {
                var which = advertisement.Peers.Count == 0
                    ? "no BGPPeer selects the node"
                    : $"none of spec.peers ({string.Join(", ", advertisement.Peers)}) selects the node{(node.Sessions.Count == 0 ? string.Empty : $" (it peers only with {string.Join(", ", node.Sessions.Select(s => s.Peer.Name).Distinct(StringComparer.Ordinal))})")}";
                context.Report(
                    advertisement,
                    advertisement.NodeSelectors.Count == 0 ? "spec" : "spec.nodeSelectors",
                    $"node {node.Name} is to announce pools {pools} by BGP, but {which}: nothing is announced from it. Select the node in a BGPPeer, or exclude it with spec.nodeSelectors",
                    node.Name);
            }
        }
    }
}
