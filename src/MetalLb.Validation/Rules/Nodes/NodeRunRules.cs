using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Readers;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules.Nodes;

/// <summary>
/// Findings about the node a command runs as (<c>node-check</c>, <c>preflight</c>), which the rule engine does not
/// know about.
/// </summary>
internal static class NodeRunRules
{
    /// <summary>
    /// The <see cref="MetalLbRules.NodeNotFound"/> finding when <paramref name="set"/> has Node objects or interface data and none
    /// of them is <paramref name="node"/>; null when the node is known or the input describes no node at all.
    /// </summary>
    internal static Diagnostic? Missing(ConfigurationSet set, string node)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(node);
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
