using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Readers;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Topology;

/// <summary>
/// Validation from one node's point of view (<c>metallb-validate node-check</c>): the node's interfaces replace any
/// other topology given for it, and only findings about that node or about no particular node are kept.
/// </summary>
internal static class NodeCheck
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

    /// <summary>
    /// Validates <paramref name="set"/> as seen from <paramref name="node"/> with <paramref name="interfaces"/> as its
    /// interfaces: the findings that concern the node, and MLB1007 when the input describes other nodes but not it.
    /// </summary>
    public static ValidationReport Validate(MetalLbValidator validator, ConfigurationSet set, string node, NodeNetworkState interfaces)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var report = For(validator.Validate(WithInterfaces(set, node, interfaces)), node);
        if (Missing(set, node) is not { } missing)
        {
            return report;
        }

        var findings = new List<Diagnostic>();
        validator.Accept(MetalLbRules.NodeNotFound, missing, null, findings);
        // MLB1007 already says the node is unknown; the interface data given for it would repeat that as MLB1008.
        return new ValidationReport(findings.Concat(report.Diagnostics.Where(d => !(d.RuleId == "MLB1008" && d.Node == node))).Concat(report.Suppressed), report.ResourceCount, report.SkippedKinds, report.Options) { Namespace = report.Namespace };
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
        return new ValidationReport(report.Diagnostics.Concat(report.Suppressed).Where(d => Concerns(d, node)), report.ResourceCount, report.SkippedKinds, report.Options) { Namespace = report.Namespace };
    }

    /// <summary>
    /// The <see cref="MetalLbRules.NodeNotFound"/> finding when <paramref name="set"/> has Node objects or interface data
    /// and none of them is <paramref name="node"/>; null when the node is known or the input describes no node at all.
    /// </summary>
    internal static Diagnostic? Missing(ConfigurationSet set, string node)
    {
        var known = set.Nodes.Select(n => n.Name).OfType<string>().Concat(set.NetworkStates.Select(s => s.NodeName)).ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0 || known.Contains(node))
        {
            return null;
        }

        var closest = FieldNames.Closest(node, known);
        var hint = closest is null ? "." : $"; did you mean '{closest}'?";
        return new Diagnostic(
            MetalLbRules.NodeNotFound.Id,
            MetalLbRules.NodeNotFound.DefaultSeverity,
            $"node '{node}' is not among the input's {known.Count} node(s){hint} Nothing can be checked for a node the input does not describe: pass the right name (--node, or $NODE_NAME from the downward API's spec.nodeName), or add its Node object.",
            null,
            null,
            SourceSpan.None,
            node);
    }
}
