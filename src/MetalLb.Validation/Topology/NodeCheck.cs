using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Topology;

/// <summary>
/// Validation from one node's point of view (<c>metallb-validate node-check</c>): the node's interfaces replace any
/// other topology given for it, and only findings about that node or about no particular node are kept.
/// </summary>
public static class NodeCheck
{
    /// <summary>
    /// <paramref name="set"/> with <paramref name="interfaces"/> as the only interface data of <paramref name="node"/>.
    /// Without a Node object of that name the node still takes part, with the label kubelet gives every node
    /// (<c>kubernetes.io/hostname</c>); no Node is invented, so rules that need the node list stay silent.
    /// </summary>
    public static ConfigurationSet WithInterfaces(ConfigurationSet set, string node, NodeNetworkState interfaces)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(interfaces);
        return set
            .Without(o => o is NodeNetworkState s && s.NodeName == node)
            .With([interfaces with { NodeName = node }]);
    }

    /// <summary>True when a finding matters to <paramref name="node"/>: it names that node, or no node at all.</summary>
    public static bool Concerns(Diagnostic diagnostic, string node)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Node is null || diagnostic.Node == node;
    }

    /// <summary>The report restricted to the findings that concern <paramref name="node"/>.</summary>
    public static ValidationReport For(ValidationReport report, string node)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ValidationReport(report.Diagnostics.Where(d => Concerns(d, node)), report.ResourceCount, report.SkippedKinds, report.Options);
    }
}
