using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>MLB1003: a BGPPeer whose nodeSelectors select none of the known nodes. Silent when no node is known.</summary>
internal sealed class PeerSelectsNoNodeRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1003", "BGPPeer selects no node", RuleCategory.Nodes, DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        if (topology.Index.IsEmpty || topology.IsOverBudget)
        {
            return;
        }

        foreach (var peer in context.Set.Peers)
        {
            if (topology.NodesOf(peer).Count == 0)
            {
                context.Report(
                    peer,
                    "spec.nodeSelectors",
                    $"spec.nodeSelectors ({string.Join(" OR ", peer.NodeSelectors.Select(s => s.IsEmpty ? "{}" : s.ToString()))}) select none of the {topology.Index.Nodes.Count} nodes given ({Sample(topology.Index.All)}), so no session to {peer.PeerAddress?.Text ?? peer.Interface} is opened. Fix the labels or the selector");
            }
        }
    }

    private static string Sample(IReadOnlySet<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        return sorted.Count <= 5 ? string.Join(", ", sorted) : $"{string.Join(", ", sorted.Take(5))}, ...";
    }
}
