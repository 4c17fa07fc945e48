using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Topology;

/// <summary>
/// What the <see cref="ClusterModel"/> derives from the Node objects and the interface data alone: nodes by name and
/// label, who holds each address, and which nodes each selector list selects. Immutable once built (the selection
/// caches are concurrent), so it is shared by every run whose set holds exactly the same Node and NodeNetworkState
/// instances in the same order: the webhook's requests all validate the snapshot's nodes.
/// </summary>
internal sealed class NodeFacts
{
    // A request may bring selectors never seen before; the cache by content stops growing here (results stay exact).
    private const int MaxSelectionsByContent = 20_000;

    // Keyed by the first Node (else NodeNetworkState) instance: an entry lives as long as that object does.
    private static readonly ConditionalWeakTable<KubernetesObject, NodeFacts> Kept = [];

    private readonly IReadOnlyList<KubernetesNode> _nodes;
    private readonly IReadOnlyList<NodeNetworkState> _networkStates;
    private readonly LabelIndex<KubernetesNode> _byLabel;
    private readonly ConditionalWeakTable<IReadOnlyList<LabelSelector>, IReadOnlySet<string>> _selected = [];
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _selectedByContent = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<IReadOnlySet<string>, IReadOnlyList<string>> _sorted = [];
    private readonly ConcurrentDictionary<string, object> _memo = new(StringComparer.Ordinal);

    private NodeFacts(IReadOnlyList<KubernetesNode> nodes, IReadOnlyList<NodeNetworkState> networkStates)
    {
        _nodes = nodes;
        _networkStates = networkStates;
        NodeObjects = nodes.Where(n => n.Name is not null).GroupBy(n => n.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        NodeObjectNames = NodeObjects.Keys.ToHashSet(StringComparer.Ordinal);
        _byLabel = new LabelIndex<KubernetesNode>([.. NodeObjects.Values], n => n.Metadata.Labels);
        States = networkStates.Where(s => s.NodeName.Length > 0).GroupBy(s => s.NodeName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<NodeNetworkState>)g.ToList(), StringComparer.Ordinal);

        // When Node objects are given they are the cluster: interface data naming none of them describes no node
        // (MLB1008). Without them, a node known only from interface data gets the one label kubelet would give it.
        var hasLabels = NodeObjects.Count > 0;
        Unmatched = hasLabels ? States.Keys.Where(name => !NodeObjects.ContainsKey(name)).Order(StringComparer.Ordinal).ToList() : [];
        InterfaceOnly = hasLabels ? [] : States.Keys.ToDictionary(
            name => name, name => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(StringComparer.Ordinal) { ["kubernetes.io/hostname"] = name }, StringComparer.Ordinal);
        Names = NodeObjects.Keys.Concat(InterfaceOnly.Keys).Order(StringComparer.Ordinal).ToList();
        All = Names.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, node) in NodeObjects)
        {
            foreach (var address in node.Addresses.Select(a => a.Address.Address).OfType<IPAddress>().Distinct())
            {
                Add(StatusHolders, address, name);
            }
        }

        foreach (var (name, states) in States.Where(s => !hasLabels || NodeObjects.ContainsKey(s.Key)))
        {
            foreach (var nic in states.SelectMany(s => s.Interfaces))
            {
                foreach (var address in nic.Addresses)
                {
                    Add(Owners, address.Address, new AddressOwner(name, nic, address));
                }
            }
        }
    }

    /// <summary>The Node objects, by name (the last of a name).</summary>
    public Dictionary<string, KubernetesNode> NodeObjects { get; }

    /// <summary>The names of the Node objects.</summary>
    public HashSet<string> NodeObjectNames { get; }

    /// <summary>Interface data by node name.</summary>
    public Dictionary<string, IReadOnlyList<NodeNetworkState>> States { get; }

    /// <summary>Nodes known only from interface data, with the one label they are given (empty when Node objects exist).</summary>
    public Dictionary<string, IReadOnlyDictionary<string, string>> InterfaceOnly { get; }

    /// <summary>Node names of interface data that match none of the Node objects given, sorted.</summary>
    public List<string> Unmatched { get; }

    /// <summary>Every node name, sorted.</summary>
    public List<string> Names { get; }

    /// <summary>Every node name.</summary>
    public HashSet<string> All { get; }

    /// <summary>Every address on an interface of a node, with where it is assigned.</summary>
    public Dictionary<IPAddress, List<AddressOwner>> Owners { get; } = [];

    /// <summary>Every address in the Node objects' status, with the nodes listing it.</summary>
    public Dictionary<IPAddress, List<string>> StatusHolders { get; } = [];

    /// <summary>The facts of <paramref name="set"/>'s nodes: kept ones when an earlier run had the same instances.</summary>
    public static NodeFacts For(ConfigurationSet set)
    {
        KubernetesObject? key = set.Nodes.Count > 0 ? set.Nodes[0] : set.NetworkStates.Count > 0 ? set.NetworkStates[0] : null;
        if (key is null)
        {
            return new NodeFacts(set.Nodes, set.NetworkStates);
        }

        if (Kept.TryGetValue(key, out var kept) && Same(kept._nodes, set.Nodes) && Same(kept._networkStates, set.NetworkStates))
        {
            return kept;
        }

        var facts = new NodeFacts(set.Nodes, set.NetworkStates);
        Kept.AddOrUpdate(key, facts);
        return facts;
    }

    /// <summary>
    /// Names of the nodes a selector list selects (any selector matching; an empty list selects every node). Lists
    /// with the same selectors (every peer of a rack, say) share one set.
    /// </summary>
    public IReadOnlySet<string> Selected(IReadOnlyList<LabelSelector> selectors)
    {
        if (selectors.Count == 0)
        {
            return All;
        }

        if (_selected.TryGetValue(selectors, out var names))
        {
            return names;
        }

        var content = string.Join("\n", selectors.Select(s => s.ToString()));
        if (!_selectedByContent.TryGetValue(content, out names))
        {
            // Node objects through the label index; nodes known only from interface data (there are none when Node
            // objects are given) one by one.
            var matched = selectors.SelectMany(s => _byLabel.Candidates(s).Where(n => s.Matches(n.Metadata.Labels))).Select(n => n.Name!).ToHashSet(StringComparer.Ordinal);
            matched.UnionWith(InterfaceOnly.Where(v => selectors.Any(s => s.Matches(v.Value))).Select(v => v.Key));
            names = _selectedByContent.Count < MaxSelectionsByContent ? _selectedByContent.GetOrAdd(content, matched) : matched;
        }

        return _selected.GetValue(selectors, _ => names);
    }

    /// <summary><paramref name="selected"/> (a set <see cref="Selected"/> returned) sorted.</summary>
    public IReadOnlyList<string> Sorted(IReadOnlySet<string> selected) =>
        _sorted.GetValue(selected, s => s.Order(StringComparer.Ordinal).ToList());

    /// <summary>
    /// A value computed from these facts alone (and what <paramref name="key"/> says), kept with them. Immutable values
    /// only: runs on other threads read them.
    /// </summary>
    public T Memo<T>(string key, Func<T> compute)
        where T : class
    {
        if (_memo.TryGetValue(key, out var kept))
        {
            return (T)kept;
        }

        var value = compute();
        return _memo.Count < MaxSelectionsByContent ? (T)_memo.GetOrAdd(key, value) : value;
    }

    private static bool Same<T>(IReadOnlyList<T> kept, IReadOnlyList<T> given)
        where T : class
    {
        if (ReferenceEquals(kept, given))
        {
            return true;
        }

        if (kept.Count != given.Count)
        {
            return false;
        }

        for (var i = 0; i < kept.Count; i++)
        {
            if (!ReferenceEquals(kept[i], given[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
