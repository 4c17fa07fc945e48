using System.Runtime.CompilerServices;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Topology;

/// <summary>
/// The Kubernetes nodes of the input and which of them a selector list selects, computed once per selector list
/// and shared by every rule (MetalLB recomputes it for every pair of peers).
/// </summary>
public sealed class NodeIndex
{
    // Weak: a prepared snapshot keeps the index while every admission request brings new selector lists.
    private readonly ConditionalWeakTable<IReadOnlyList<LabelSelector>, IReadOnlySet<string>> _selected = [];
    private readonly Dictionary<string, IReadOnlySet<string>> _selectedByContent = new(StringComparer.Ordinal);
    private readonly LabelIndex<KubernetesNode> _byLabel;

    /// <summary>Indexes the nodes of <paramref name="set"/>.</summary>
    public NodeIndex(ConfigurationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        Nodes = set.Nodes
            .Where(n => n.Name is not null)
            .GroupBy(n => n.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        All = Nodes.Keys.ToHashSet(StringComparer.Ordinal);
        _byLabel = new LabelIndex<KubernetesNode>([.. Nodes.Values], n => n.Metadata.Labels);
    }

    /// <summary>The shared index of the set a rule is checking.</summary>
    public static NodeIndex For(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Shared(c => new NodeIndex(c.Set));
    }

    /// <summary>Nodes by name.</summary>
    public IReadOnlyDictionary<string, KubernetesNode> Nodes { get; }

    /// <summary>True when the input has no Node objects; rules then answer conservatively and say so.</summary>
    public bool IsEmpty => Nodes.Count == 0;

    /// <summary>Every node name.</summary>
    public IReadOnlySet<string> All { get; }

    /// <summary>
    /// Names of the nodes <paramref name="selectors"/> select: any selector matching (OR); an empty list selects every node.
    /// Cached per list instance.
    /// </summary>
    public IReadOnlySet<string> Selected(IReadOnlyList<LabelSelector> selectors)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        if (selectors.Count == 0)
        {
            return All;
        }

        if (_selected.TryGetValue(selectors, out var names))
        {
            return names;
        }

        // Objects with the same selectors (every peer of a rack, say) share one set.
        var content = string.Join("\n", selectors.Select(s => s.ToString()));
        if (!_selectedByContent.TryGetValue(content, out names))
        {
            var selected = new HashSet<string>(StringComparer.Ordinal);
            foreach (var selector in selectors)
            {
                foreach (var node in _byLabel.Candidates(selector))
                {
                    if (selector.Matches(node.Metadata.Labels))
                    {
                        selected.Add(node.Name!);
                    }
                }
            }

            names = selected;
            _selectedByContent[content] = names;
        }

        _selected.AddOrUpdate(selectors, names);
        return names;
    }
}
