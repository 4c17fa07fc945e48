using System.Net;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Topology;

/// <summary>
/// The nodes of the input, whatever the peers and advertisements: their names, labels and interfaces (Node objects,
/// NodeNetworkState and the kinds read into it), and which node owns which address.
/// </summary>
public sealed class ClusterNodes
{
    private readonly Dictionary<string, IReadOnlyList<NodeNetworkState>> _states;
    private readonly Dictionary<IPAddress, List<AddressOwner>> _owners = [];
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _interfaceOnlyLabels;
    private readonly Dictionary<IPAddress, List<string>> _statusHolders = [];

    /// <summary>Reads the nodes of <paramref name="set"/>.</summary>
    public ClusterNodes(ConfigurationSet set, NodeIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        Index = index ?? new NodeIndex(set);
        _states = set.NetworkStates.Where(s => s.NodeName.Length > 0).GroupBy(s => s.NodeName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<NodeNetworkState>)g.ToList(), StringComparer.Ordinal);
        // A node known only from interface data: kubelet would give it this label. When Node objects are given they
        // are the cluster: interface data naming none of them describes no node (MLB1008 reports it).
        Unmatched = Index.IsEmpty ? [] : _states.Keys.Where(name => !Index.Nodes.ContainsKey(name)).Order(StringComparer.Ordinal).ToList();
        InterfaceOnly = _states.Keys.Where(name => Index.IsEmpty).Order(StringComparer.Ordinal)
            .Select(name => (name, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(StringComparer.Ordinal) { ["kubernetes.io/hostname"] = name }))
            .ToList();
        _interfaceOnlyLabels = InterfaceOnly.ToDictionary(n => n.Name, n => n.Labels, StringComparer.Ordinal);
        Names = Index.Nodes.Keys.Concat(InterfaceOnly.Select(n => n.Name)).Order(StringComparer.Ordinal).ToList();
        foreach (var (name, node) in Index.Nodes)
        {
            foreach (var address in node.Addresses.Select(a => a.Address.Address).OfType<IPAddress>().Distinct())
            {
                if (!_statusHolders.TryGetValue(address, out var holders))
                {
                    _statusHolders[address] = holders = [];
                }

                holders.Add(name);
            }
        }

        foreach (var (name, states) in _states)
        {
            if (!Index.IsEmpty && !Index.Nodes.ContainsKey(name))
            {
                continue;
            }

            foreach (var nic in states.SelectMany(s => s.Interfaces))
            {
                foreach (var address in nic.Addresses)
                {
                    if (!_owners.TryGetValue(address.Address, out var owners))
                    {
                        _owners[address.Address] = owners = [];
                    }

                    owners.Add(new AddressOwner(name, nic, address));
                }
            }
        }
    }

    /// <summary>The shared nodes of the set a rule is checking.</summary>
    public static ClusterNodes For(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = NodeIndex.For(context);
        return context.Shared(c => new ClusterNodes(c.Set, index));
    }

    /// <summary>The label index of the Node objects.</summary>
    public NodeIndex Index { get; }

    /// <summary>Every node name (Node objects and nodes named only by interface data), sorted.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// True when no node is known at all: neither Node objects nor interface data name one. Rules that need the
    /// cluster's nodes then answer as MetalLB does with an empty node list.
    /// </summary>
    internal bool IsEmpty => Names.Count == 0;

    /// <summary>
    /// True when the nodes' labels are known (Node objects were given). Nodes known only from interface data carry just
    /// <c>kubernetes.io/hostname</c>, so a rule claiming that a selector matches no node must not rely on them.
    /// </summary>
    internal bool HasLabels => !Index.IsEmpty;

    /// <summary>Node names of interface data that match none of the Node objects given (empty without Node objects), sorted.</summary>
    internal IReadOnlyList<string> Unmatched { get; }

    /// <summary>Nodes named only by interface data, with the one label kubelet would give them.</summary>
    public IReadOnlyList<(string Name, IReadOnlyDictionary<string, string> Labels)> InterfaceOnly { get; }

    /// <summary>
    /// Names of the nodes a selector list selects (empty list: every node). Objects with the same selectors share
    /// one set.
    /// </summary>
    public IReadOnlySet<string> Selected(IReadOnlyList<LabelSelector> selectors)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        var indexed = Index.Selected(selectors);
        if (InterfaceOnly.Count == 0)
        {
            return indexed;
        }

        // Nodes with a Node object come from the (label-indexed) NodeIndex; the few known only from interface data
        // are matched here.
        var extra = InterfaceOnly.Where(v => selectors.Count == 0 || selectors.Any(s => s.Matches(v.Labels))).ToList();
        if (extra.Count == 0)
        {
            return indexed;
        }

        var selected = new HashSet<string>(indexed, StringComparer.Ordinal);
        selected.UnionWith(extra.Select(v => v.Name));
        return selected;
    }

    /// <summary>
    /// For a node known only from interface data (it carries just <c>kubernetes.io/hostname</c>): the label keys
    /// whose absence a match of <paramref name="selectors"/> on it rests on, that is NotIn or DoesNotExist on a key the
    /// real node may well carry. Empty when the match needs no such guess (some selector matches through the hostname
    /// label alone, or the node has a Node object) or when nothing matches.
    /// </summary>
    internal IReadOnlyList<string> AssumedAbsent(IReadOnlyList<LabelSelector> selectors, string name)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        if (selectors.Count == 0 || !_interfaceOnlyLabels.TryGetValue(name, out var labels))
        {
            return [];
        }

        IReadOnlyList<string>? guessed = null;
        foreach (var selector in selectors.Where(s => s.Matches(labels)))
        {
            var keys = selector.MatchExpressions
                .Where(e => e.Operator is "NotIn" or "DoesNotExist" && !labels.ContainsKey(e.Key))
                .Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count == 0)
            {
                return [];
            }

            guessed ??= keys;
        }

        return guessed ?? [];
    }

    /// <summary>Where <paramref name="address"/> is assigned: every node and interface holding it.</summary>
    public IReadOnlyList<AddressOwner> Owners(IPAddress address) =>
        address is not null && _owners.TryGetValue(address, out var owners) ? owners : [];

    /// <summary>The Node objects listing <paramref name="address"/> in <c>status.addresses</c>.</summary>
    public IReadOnlyList<string> StatusHolders(IPAddress address) =>
        address is not null && _statusHolders.TryGetValue(address, out var holders) ? holders : [];

    /// <summary>Every address assigned on an interface of a node, with where it is assigned.</summary>
    internal IEnumerable<KeyValuePair<IPAddress, List<AddressOwner>>> Owned => _owners;

    /// <summary>Every address in the Node objects' <c>status.addresses</c>, with the nodes listing it.</summary>
    internal IEnumerable<KeyValuePair<IPAddress, List<string>>> StatusAddresses => _statusHolders;

    /// <summary>A new view of the node called <paramref name="name"/> (no sessions yet), or null when there is no such node.</summary>
    internal NodeView? View(string name)
    {
        var states = _states.GetValueOrDefault(name) ?? [];
        if (Index.Nodes.TryGetValue(name, out var node))
        {
            return new NodeView(name, node, node.Metadata.Labels, states);
        }

        return _interfaceOnlyLabels.TryGetValue(name, out var labels) ? new NodeView(name, null, labels, states) : null;
    }
}
