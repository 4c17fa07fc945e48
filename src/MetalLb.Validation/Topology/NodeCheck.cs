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
    /// When the input has no Node object of that name, one is added with the label kubelet gives every node
    /// (<c>kubernetes.io/hostname</c>), so that hostname selectors still match.
    /// </summary>
    public static ConfigurationSet WithInterfaces(ConfigurationSet set, string node, NodeNetworkState interfaces)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(interfaces);
        var result = set.Without(o => o is NodeNetworkState s && s.NodeName == node);
        var added = new List<KubernetesObject> { interfaces with { NodeName = node } };
        if (!set.Nodes.Any(n => n.Name == node))
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["kubernetes.io/hostname"] = node };
            added.Add(new KubernetesNode { ApiVersion = "v1", Kind = KubernetesNode.KindName, Metadata = new ObjectMeta(node, null, labels, new Dictionary<string, string>()) });
        }

        return result.With(added);
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
