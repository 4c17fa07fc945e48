using System.Globalization;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>MLB1006: the input selects too many (node, peer) and (node, advertisement) pairs for the per-node checks.</summary>
internal sealed class TopologyTooLargeRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1006", "Too many node pairs for the per-node checks", RuleCategory.Nodes, DiagnosticSeverity.Info);

    /// <inheritdoc />

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = NodeTopology.For(context);
        if (topology.IsOverBudget)
        {
            context.Report(null, null, string.Create(CultureInfo.InvariantCulture,
                $"the BGPPeers and advertisements select {topology.SelectedPairs:N0} (node, object) pairs, more than the {topology.MaxSelectedPairs:N0} the per-node view holds (ValidationOptions.MaxNodeObjectPairs); the sourceAddress and per-node checks (MLB09xx, MLB10xx) did not run. Validate a subset of the nodes or of the peers to run them"));
        }
    }
}
