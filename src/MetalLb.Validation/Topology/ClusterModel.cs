using System.Net;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Topology;

/// <summary>
/// The cluster one run sees, built once (<see cref="For"/>) and shared by the rules, <c>explain</c> and
/// <c>preflight</c>: the nodes (Node objects, and nodes named only by interface data), their labels and which nodes a
/// selector list selects, interfaces and address owners, the advertisement index, and, within the run's pair budget
/// (<see cref="ValidationOptions.MaxNodeObjectPairs"/>), every node's sessions in the run's mode and its advertisements.
/// </summary>
internal sealed class ClusterModel
{
    /// <summary>The label that keeps a node from announcing (Kubernetes' LabelNodeExcludeBalancers).</summary>
    public const string ExcludeFromLoadBalancersLabel = "node.kubernetes.io/exclude-from-external-load-balancers";

    private readonly ConfigurationSet _set;
    private readonly NodeFacts _facts;
    private readonly Lazy<long> _selectedPairs;
    private readonly Lazy<Dictionary<string, NodeView>> _views;
    private IReadOnlyList<NodeView>? _nodes;
    private List<(NodeAdvertisement Advertisement, IReadOnlySet<string> Nodes)>? _advertisements;

    /// <summary>The model of <paramref name="set"/> (the objects MetalLB reads) under the run's <paramref name="options"/>.</summary>
    public ClusterModel(ConfigurationSet set, ValidationOptions options)
    {
        _set = set;
        Mode = options.Mode;
        MaxSelectedPairs = options.MaxNodeObjectPairs;
        HonorsExclusion = !options.IgnoreExcludeLb && options.MetalLbVersion >= MetalLbRelease.ExcludeLbLabelFrom;
        Advertisements = new AdvertisementIndex(set);
        _facts = NodeFacts.For(set);
        NodeObjects = _facts.NodeObjects;
        NodeObjectNames = _facts.NodeObjectNames;
        Unmatched = _facts.Unmatched;
        Names = _facts.Names;
        _selectedPairs = new(() => set.Peers.Sum(p => (long)Selected(p.NodeSelectors).Count)
            + set.BgpAdvertisements.Sum(a => (long)Selected(a.NodeSelectors).Count)
            + set.L2Advertisements.Sum(a => (long)Selected(a.NodeSelectors).Count));
        _views = new(BuildViews);
    }

    /// <summary>The model of the run <paramref name="context"/> belongs to.</summary>
    public static ClusterModel For(RuleContext context) => context.Shared(c => new ClusterModel(c.Set, c.Options));

    /// <summary>The mode the sessions are computed for.</summary>
    public BackendMode Mode { get; }

    /// <summary>True when the mode binds sessions to <c>sourceAddress</c> (native, FRR); FRR-K8s drops the field.</summary>
    public bool HonorsSourceAddress => Mode != BackendMode.FrrK8s;

    /// <summary>
    /// True when the speaker skips announcing from nodes labelled <see cref="ExcludeFromLoadBalancersLabel"/>: MetalLB
    /// 0.14.0 and later, unless it runs with <c>--ignore-exclude-lb</c>. Sessions are opened either way.
    /// </summary>
    public bool HonorsExclusion { get; }

    /// <summary>Which pools each advertisement selects and which peers each BGPAdvertisement targets.</summary>
    public AdvertisementIndex Advertisements { get; }

    /// <summary>The Node objects, by name.</summary>
    public IReadOnlyDictionary<string, KubernetesNode> NodeObjects { get; }

    /// <summary>The names of the Node objects.</summary>
    public IReadOnlySet<string> NodeObjectNames { get; }

    /// <summary>Every node name (Node objects and nodes named only by interface data), sorted.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>True when no node is known at all: neither Node objects nor interface data name one.</summary>
    public bool IsEmpty => Names.Count == 0;

    /// <summary>
    /// True when the nodes' labels are known (Node objects were given). Nodes known only from interface data carry just
    /// <c>kubernetes.io/hostname</c>, so a rule claiming that a selector matches no node must not rely on them.
    /// </summary>
    public bool HasLabels => NodeObjects.Count > 0;

    /// <summary>Node names of interface data that match none of the Node objects given (empty without Node objects), sorted.</summary>
    public IReadOnlyList<string> Unmatched { get; }

    /// <summary>Most (node, peer) plus (node, advertisement) pairs the model materialises; past it no node has a view.</summary>
    public long MaxSelectedPairs { get; }

    /// <summary>How many (node, peer) and (node, advertisement) pairs the input selects.</summary>
    public long SelectedPairs => _selectedPairs.Value;

    /// <summary>True when <see cref="SelectedPairs"/> exceeds <see cref="MaxSelectedPairs"/>, so per-node checks are skipped.</summary>
    public bool IsOverBudget => SelectedPairs > MaxSelectedPairs;

    /// <summary>True when the input says which nodes exist and the per-node views were built.</summary>
    public bool NodesKnown => !IsOverBudget && !IsEmpty;

    /// <summary>
    /// Every node's view, by name, with its sessions; empty over the budget: thousands of peers each on thousands of
    /// nodes (or a hostile input) would exhaust memory, and MLB1006 says why.
    /// </summary>
    public IReadOnlyList<NodeView> Nodes => _nodes ??= [.. _views.Value.Values];

    /// <summary>Every address assigned on an interface of a node, with where it is assigned.</summary>
    public IEnumerable<KeyValuePair<IPAddress, List<AddressOwner>>> Owned => _facts.Owners;

    /// <summary>Every address in the Node objects' <c>status.addresses</c>, with the nodes listing it.</summary>
    public IEnumerable<KeyValuePair<IPAddress, List<string>>> StatusAddresses => _facts.StatusHolders;

    /// <summary>The view of the node called <paramref name="name"/>, or null (unknown, or over the budget).</summary>
    public NodeView? Node(string name) => _views.Value.GetValueOrDefault(name);

    /// <summary>Where <paramref name="address"/> is assigned: every node and interface holding it.</summary>
    public IReadOnlyList<AddressOwner> Owners(IPAddress address) => _facts.Owners.GetValueOrDefault(address) ?? [];

    /// <summary>The Node objects listing <paramref name="address"/> in <c>status.addresses</c>.</summary>
    public IReadOnlyList<string> StatusHolders(IPAddress address) => _facts.StatusHolders.GetValueOrDefault(address) ?? [];

    /// <summary>
    /// Names of the nodes a selector list selects (any selector matching; an empty list selects every node). Objects
    /// with the same selectors (every peer of a rack, say) share one set.
    /// </summary>
    public IReadOnlySet<string> Selected(IReadOnlyList<LabelSelector> selectors) => _facts.Selected(selectors);

    /// <summary>Names of the nodes a selector list selects, sorted.</summary>
    public IReadOnlyList<string> Select(IReadOnlyList<LabelSelector> selectors) => _facts.Sorted(Selected(selectors));

    /// <summary>Names of the nodes <paramref name="peer"/> opens sessions from, sorted.</summary>
    public IReadOnlyList<string> NodesOf(BgpPeer peer) => Select(peer.NodeSelectors);

    /// <summary>
    /// For a node known only from interface data: the label keys whose absence a match of <paramref name="selectors"/>
    /// on it rests on (NotIn or DoesNotExist on a key the real node may well carry). Empty when the match needs no such
    /// guess (some selector matches through the hostname label alone, or the node has a Node object) or nothing matches.
    /// </summary>
    public IReadOnlyList<string> AssumedAbsent(IReadOnlyList<LabelSelector> selectors, string name)
    {
        if (selectors.Count == 0 || !_facts.InterfaceOnly.TryGetValue(name, out var labels))
        {
            return [];
        }

        IReadOnlyList<string>? guessed = null;
        foreach (var selector in selectors.Where(s => s.Matches(labels)))
        {
            var keys = selector.MatchExpressions.Where(e => e.Operator is "NotIn" or "DoesNotExist" && !labels.ContainsKey(e.Key))
                .Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count == 0)
            {
                return [];
            }

            guessed ??= keys;
        }

        return guessed ?? [];
    }

    /// <summary>The clause saying <paramref name="node"/> is selected only on a guess (<see cref="LabelGuess"/>), or null.</summary>
    public string? Guess(IReadOnlyList<LabelSelector> selectors, string node) =>
        AssumedAbsent(selectors, node) is { Count: > 0 } keys ? LabelGuess.Clause(node, keys) : null;

    /// <summary>
    /// True when the node called <paramref name="name"/> announces nothing: its Node object carries
    /// <see cref="ExcludeFromLoadBalancersLabel"/> (any value: internal/k8s/nodes IsNodeExcludedFromBalancers) and the
    /// speaker honours it.
    /// </summary>
    public bool IsExcluded(string name) =>
        HonorsExclusion && NodeObjects.TryGetValue(name, out var n) && n.Metadata.Labels.ContainsKey(ExcludeFromLoadBalancersLabel);

    /// <summary>
    /// The nodes, sorted, that can announce (not excluded) and have interface data but none of the interfaces
    /// <paramref name="names"/> (sorted, distinct). It depends on the nodes alone, so it is kept with them.
    /// </summary>
    public IReadOnlyList<string> LackingEvery(IReadOnlyList<string> names) =>
        _facts.Memo($"lacking-every {HonorsExclusion} {string.Concat(names.Select(n => $"{n.Length}:{n}"))}", () => Names
            .Where(n => _facts.States.TryGetValue(n, out var states) && states.Count > 0 && !IsExcluded(n)
                && !names.Any(name => states.Any(s => DerivedOnce.InterfaceNames(s).Contains(name))))
            .ToList());

    /// <summary>
    /// A value that <paramref name="compute"/> derives from the nodes alone (names, labels, interfaces, addresses: never
    /// the run's options, pools, peers or advertisements), kept with the Node and NodeNetworkState instances across
    /// runs. Immutable values only.
    /// </summary>
    public T Memo<T>(string key, Func<ClusterModel, T> compute)
        where T : class => _facts.Memo(key, () => compute(this));

    /// <summary>The session <paramref name="peer"/> would open from <paramref name="node"/> in the run's mode.</summary>
    public BgpSession SessionOf(BgpPeer peer, string node)
    {
        var source = peer.SourceAddress?.Address;
        return new BgpSession
        {
            Node = node,
            Peer = peer,
            RouterAddress = peer.PeerAddress?.Address,
            Interface = string.IsNullOrEmpty(peer.Interface) ? null : peer.Interface,
            Port = peer.PeerPort ?? 179,
            Vrf = string.IsNullOrEmpty(peer.Vrf) ? null : peer.Vrf,
            SourceAddress = HonorsSourceAddress ? source : null,
            SourceAddressDropped = !HonorsSourceAddress && source is not null,
            MyAsn = peer.MyAsn?.Value,
            PeerAsn = peer.PeerAsn?.Value,
            // MetalLB's frr-k8s backend builds neighbors without LocalASN (static reading of frrk8s.go).
            LocalAsn = Mode != BackendMode.FrrK8s ? peer.LocalAsn?.Value : null,
            LocalAsnDropped = Mode == BackendMode.FrrK8s && peer.LocalAsn is not null,
            DynamicAsn = peer.DynamicAsn,
            RouterId = peer.RouterId?.Address,
            BfdProfile = string.IsNullOrEmpty(peer.BfdProfile) ? null : peer.BfdProfile,
            HoldTime = peer.HoldTime?.Text,
            KeepaliveTime = peer.KeepaliveTime?.Text,
            ConnectTime = peer.ConnectTime?.Text,
            HasPassword = peer.HasInlinePassword || peer.PasswordSecret is not null,
            EbgpMultiHop = peer.EbgpMultiHop,
        };
    }

    /// <summary>
    /// The advertisements that select <paramref name="node"/>, each with the pools it announces. Built for every node
    /// on first use (by explain); rules that go through every advertisement use <see cref="Selected"/> instead, which
    /// costs nothing per (node, advertisement) pair.
    /// </summary>
    internal IReadOnlyList<NodeAdvertisement> AdvertisementsOf(NodeView node)
    {
        _advertisements ??= _set.BgpAdvertisements
            .Select(ad => (new NodeAdvertisement(ad, AnnouncementProtocol.Bgp, Advertisements.Pools(ad), [], ad.Peers), Selected(ad.NodeSelectors)))
            .Concat(_set.L2Advertisements.Select(ad => (new NodeAdvertisement(ad, AnnouncementProtocol.L2, Advertisements.Pools(ad), ad.Interfaces, []), Selected(ad.NodeSelectors))))
            .ToList();
        return node.ExcludedFromLoadBalancers ? [] : _advertisements.Where(a => a.Nodes.Contains(node.Name)).Select(a => a.Advertisement).ToList();
    }

    private Dictionary<string, NodeView> BuildViews()
    {
        var views = new Dictionary<string, NodeView>(StringComparer.Ordinal);
        if (IsOverBudget)
        {
            return views;
        }

        foreach (var name in Names)
        {
            var states = _facts.States.GetValueOrDefault(name) ?? [];
            var labels = NodeObjects.TryGetValue(name, out var node) ? node.Metadata.Labels : _facts.InterfaceOnly[name];
            views[name] = new NodeView(name, node, labels, states, this) { ExcludedFromLoadBalancers = IsExcluded(name) };
        }

        foreach (var peer in _set.Peers)
        {
            foreach (var name in Selected(peer.NodeSelectors))
            {
                views[name].Sessions.Add(SessionOf(peer, name));
            }
        }

        return views;
    }
}
