using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Reporting;

/// <summary>
/// What <c>explain</c> shows: the per-node view of a configuration together with the findings of a validation run,
/// each finding attached to the node it concerns (or to every node using the object it is about).
/// </summary>
internal sealed class TopologyExplanation
{
    /// <summary>
    /// Builds the explanation of <paramref name="set"/> as <paramref name="report"/>'s run saw it: the objects MetalLB
    /// reads in the run's namespace, with the run's options (mode, release, pair budget); <paramref name="onlyNode"/>
    /// restricts it to one node.
    /// </summary>
    public TopologyExplanation(ConfigurationSet set, ValidationReport report, string? onlyNode = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(report);
        var topology = new ClusterModel(report.Namespace is { } ns ? set.ReadByMetalLb(ns.Name) : set, report.Options);
        Topology = topology;
        Report = report;
        Nodes = topology.Nodes.Where(n => onlyNode is null || n.Name == onlyNode).ToList();
        var attached = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        var byNode = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        foreach (var node in topology.Nodes)
        {
            var objects = node.Sessions.Select(s => s.Peer.Ref)
                .Concat(node.Announcements.SelectMany(a => new[] { a.Advertisement.Ref, a.Pool.Ref }))
                .ToHashSet();
            var mine = report.Diagnostics
                .Where(d => d.Node == node.Name || (d.Node is null && d.Resource is not null && objects.Contains(d.Resource)))
                .ToList();
            attached.UnionWith(mine);
            byNode[node.Name] = mine;
        }

        FindingsByNode = byNode;
        Unattached = onlyNode is null ? report.Diagnostics.Where(d => !attached.Contains(d)).ToList() : [];
    }

    /// <summary>The run's cluster model.</summary>
    internal ClusterModel Topology { get; }

    /// <summary>The validation run.</summary>
    public ValidationReport Report { get; }

    /// <summary>The nodes shown.</summary>
    internal IReadOnlyList<NodeView> Nodes { get; }

    /// <summary>Findings per node name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> FindingsByNode { get; }

    /// <summary>Findings that concern no node (pool syntax, say); empty when restricted to one node.</summary>
    public IReadOnlyList<Diagnostic> Unattached { get; }

    /// <summary>Findings of one node.</summary>
    public IReadOnlyList<Diagnostic> FindingsOf(string node) => FindingsByNode.GetValueOrDefault(node) ?? [];

    /// <summary>Findings of one node about one object.</summary>
    public IEnumerable<Diagnostic> FindingsOf(string node, KubernetesObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return FindingsOf(node).Where(d => d.Resource == resource.Ref);
    }

    /// <summary>The worst severity among <paramref name="findings"/>, or null.</summary>
    public static DiagnosticSeverity? Worst(IEnumerable<Diagnostic> findings) =>
        findings.Select(d => (DiagnosticSeverity?)d.Severity).DefaultIfEmpty(null).Max();
}
