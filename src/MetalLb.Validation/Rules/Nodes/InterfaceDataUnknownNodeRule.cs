using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Readers;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>
/// MLB1008: interface data (<c>--ip-addr NODE=FILE</c>, a NodeNetworkState, a NodeInventory entry) names a node that
/// none of the Node objects given is. The Node objects are the cluster, so the data describes no node and every
/// per-node check it was meant for is skipped.
/// </summary>
internal sealed class InterfaceDataUnknownNodeRule : SingleRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "MLB1008", "Interface data names a node that is not among the Node objects", RuleCategory.Nodes, DiagnosticSeverity.Error);

    /// <inheritdoc />
    public override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cluster = ClusterNodes.For(context);
        if (cluster.Unmatched.Count == 0)
        {
            return;
        }

        var unmatched = cluster.Unmatched.ToHashSet(StringComparer.Ordinal);
        foreach (var state in context.Set.NetworkStates.Where(s => unmatched.Contains(s.NodeName)))
        {
            var closest = FieldNames.Closest(state.NodeName, cluster.Index.Nodes.Keys);
            var hint = closest is null ? string.Empty : $"; did you mean '{closest}'?";
            var fix = state.Origin switch
            {
                NodeNetworkState.KindName => "Name the NodeNetworkState after its node (metadata.name), or add the node's Node object",
                IpAddressJsonReader.Origin => $"Pass the node's name as the cluster knows it ('--ip-addr {closest ?? "NODE"}=FILE'), or add the node's Node object",
                _ => "Use the node's name as the cluster knows it, or add the node's Node object",
            };
            context.Report(
                state,
                null,
                $"interface data from {state.Origin} is for node '{state.NodeName}', which none of the {cluster.Index.Nodes.Count} Node object(s) given is{hint} The Node objects are the cluster, so these interfaces belong to no node and no sourceAddress or interface check uses them. {fix}",
                state.NodeName);
        }
    }
}
