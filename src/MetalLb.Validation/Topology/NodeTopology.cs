using System.Net;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Topology;

/// <summary>
/// The effective per-node view under one backend mode: for every node, the BGP sessions it opens, the pools it
/// announces by BGP and by L2, and the addresses it owns on which interfaces. Computed once per run
/// (<see cref="For"/>) and shared by the SourceAddress and Nodes rules and by <c>explain</c>.
/// </summary>
public sealed class NodeTopology
{
    private readonly ConfigurationSet _set;
    private readonly Dictionary<string, NodeView> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<BgpPeer, IReadOnlyList<string>> _peerNodes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IReadOnlySet<string>, IReadOnlyList<string>> _sorted = new(ReferenceEqualityComparer.Instance);
    private List<(NodeAdvertisement Advertisement, IReadOnlySet<string> Nodes)>? _advertisements;

    /// <summary>Computes the view of <paramref name="set"/> in <paramref name="mode"/>.</summary>
    public NodeTopology(ConfigurationSet set, BackendMode mode, NodeIndex? index = null, long maxSelectedPairs = DefaultMaxSelectedPairs)
        : this(set, mode, new ClusterNodes(set ?? throw new ArgumentNullException(nameof(set)), index), maxSelectedPairs, selectedPairs: null, focus: null, peersByNode: null, honorsExclusion: true)
    {
    }

    /// <summary>
    /// Computes the view of <paramref name="set"/> as <paramref name="options"/> describe the run: mode, release (which
    /// decides whether the exclusion label is honoured), <c>--ignore-exclude-lb</c> and the pair budget.
    /// </summary>
    public NodeTopology(ConfigurationSet set, ValidationOptions options)
        : this(set, (options ?? throw new ArgumentNullException(nameof(options))).Mode, new ClusterNodes(set ?? throw new ArgumentNullException(nameof(set))), options.MaxNodeObjectPairs, selectedPairs: null, focus: null, peersByNode: null, honorsExclusion: HonorsExclusionUnder(options))
    {
    }

    private static bool HonorsExclusionUnder(ValidationOptions options) =>
        !options.IgnoreExcludeLb && options.MetalLbVersion >= MetalLbRelease.ExcludeLbLabelFrom;

    private NodeTopology(ConfigurationSet set, BackendMode mode, ClusterNodes cluster, long maxSelectedPairs, long? selectedPairs, IReadOnlySet<string>? focus, PeersByNode? peersByNode, bool honorsExclusion)
    {
        _set = set;
        Mode = mode;
        HonorsExclusion = honorsExclusion;
        Cluster = cluster;
        MaxSelectedPairs = maxSelectedPairs;
        SelectedPairs = selectedPairs ?? SelectedPairCount.Count(set, cluster);
        if (IsOverBudget)
        {
            // Thousands of peers each on thousands of nodes (or a hostile input): materialising every pair would
            // exhaust memory. The per-node rules then see no nodes, and MLB1006 says why.
            Nodes = [];
            return;
        }

        var names = focus is null ? cluster.Names : focus.Order(StringComparer.Ordinal).ToList();
        var sessions = new Dictionary<string, List<BgpSession>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            _byName[name] = cluster.View(name)!;
            sessions[name] = [];
        }

        if (peersByNode is not null)
        {
            foreach (var name in names)
            {
                sessions[name].AddRange(peersByNode.Of(name).Select(peer => SessionOf(peer, name)));
            }
        }
        else
        {
            foreach (var peer in set.Peers)
            {
                // Sessions of the nodes in view only: walk the smaller of the peer's selection and the focus.
                var all = SelectedNodes(peer.NodeSelectors);
                var selected = focus is null || all.Count <= focus.Count ? all : names.Where(all.Contains);
                foreach (var name in selected)
                {
                    sessions.GetValueOrDefault(name)?.Add(SessionOf(peer, name));
                }
            }
        }

        foreach (var (name, view) in _byName)
        {
            view.Topology = this;
            view.ExcludedFromLoadBalancers = IsExcluded(view);
            view.Sessions = sessions[name];
        }

        Nodes = names.Select(n => _byName[n]).ToList();
    }

    /// <summary>
    /// The shared view of the set a rule is checking, in the run's mode; in an incremental run, focused on the nodes
    /// of the changed objects.
    /// </summary>
    public static NodeTopology For(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cluster = ClusterNodes.For(context);
        return context.Shared(c =>
        {
            var pairs = SelectedPairCount.For(c, cluster);
            var peers = pairs > c.Options.MaxNodeObjectPairs ? null : PeersByNode.For(c, cluster);
            return new NodeTopology(c.Set, c.Mode, cluster, c.Options.MaxNodeObjectPairs, pairs, null, peers, HonorsExclusionUnder(c.Options));
        });
    }

    /// <summary>The default of <see cref="MaxSelectedPairs"/>.</summary>
    public const long DefaultMaxSelectedPairs = 4_000_000;

    /// <summary>Most (node, peer) plus (node, advertisement) pairs the view materialises; past it the view stays empty.</summary>
    public long MaxSelectedPairs { get; }

    /// <summary>How many (node, peer) and (node, advertisement) pairs the input selects.</summary>
    public long SelectedPairs { get; }

    /// <summary>True when <see cref="SelectedPairs"/> exceeds <see cref="MaxSelectedPairs"/>, so per-node checks were skipped.</summary>
    public bool IsOverBudget => SelectedPairs > MaxSelectedPairs;

    /// <summary>The label that keeps a node from announcing (Kubernetes' LabelNodeExcludeBalancers).</summary>
    public const string ExcludeFromLoadBalancersLabel = "node.kubernetes.io/exclude-from-external-load-balancers";

    /// <summary>
    /// True when the speaker skips announcing from nodes labelled <see cref="ExcludeFromLoadBalancersLabel"/>: MetalLB
    /// 0.14.0 and later, unless it runs with <c>--ignore-exclude-lb</c>. Sessions are opened either way.
    /// </summary>
    public bool HonorsExclusion { get; }

    /// <summary>The mode the view was computed for.</summary>
    public BackendMode Mode { get; }

    /// <summary>The nodes underneath: names, labels, interfaces and address owners.</summary>
    public ClusterNodes Cluster { get; }

    /// <summary>The node index underneath.</summary>
    public NodeIndex Index => Cluster.Index;

    /// <summary>
    /// Every node (Node objects and nodes named only by interface data), by name; in an incremental run, the nodes
    /// of the changed objects.
    /// </summary>
    public IReadOnlyList<NodeView> Nodes { get; }

    /// <summary>True when the input says which nodes exist (Node objects, an inventory or interface data).</summary>
    public bool NodesKnown => !IsOverBudget && Cluster.Names.Count > 0;

    /// <summary>True when the mode binds sessions to <c>sourceAddress</c> (native, FRR); FRR-K8s drops the field.</summary>
    public bool HonorsSourceAddress => Mode != BackendMode.FrrK8s;

    /// <summary>The node called <paramref name="name"/>, or null.</summary>
    public NodeView? Node(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsOverBudget)
        {
            return null;
        }

        if (!_byName.TryGetValue(name, out var view) && Cluster.View(name) is { } built)
        {
            // Focused view: a node outside the focus, built on first use with the sessions of every peer selecting it.
            view = built;
            view.Topology = this;
            view.ExcludedFromLoadBalancers = IsExcluded(view);
            view.Sessions = _set.Peers.Where(p => SelectedNodes(p.NodeSelectors).Contains(name)).Select(p => SessionOf(p, name)).ToList();
            _byName[name] = view;
        }

        return view;
    }

    /// <summary>Where <paramref name="address"/> is assigned: every node and interface holding it.</summary>
    public IReadOnlyList<AddressOwner> Owners(IPAddress address) => Cluster.Owners(address);

    /// <summary>Names of the nodes <paramref name="peer"/> opens sessions from, sorted.</summary>
    public IReadOnlyList<string> NodesOf(BgpPeer peer)
    {
        ArgumentNullException.ThrowIfNull(peer);
        if (!_peerNodes.TryGetValue(peer, out var nodes))
        {
            nodes = Select(peer.NodeSelectors);
            _peerNodes[peer] = nodes;
        }

        return nodes;
    }

    /// <summary>Names of the nodes a selector list selects (empty list: every node), sorted.</summary>
    public IReadOnlyList<string> Select(IReadOnlyList<LabelSelector> selectors)
    {
        var selected = SelectedNodes(selectors);
        if (!_sorted.TryGetValue(selected, out var sorted))
        {
            sorted = selected.Order(StringComparer.Ordinal).ToList();
            _sorted[selected] = sorted;
        }

        return sorted;
    }

    /// <summary>
    /// Names of the nodes a selector list selects (empty list: every node). Objects with the same selectors share
    /// one set.
    /// </summary>
    public IReadOnlySet<string> SelectedNodes(IReadOnlyList<LabelSelector> selectors) => Cluster.Selected(selectors);

    /// <summary>
    /// The advertisements that select <paramref name="node"/>, each with the pools it announces. Built for every node
    /// on first use (by explain and the preflight planner); rules that go through every advertisement use
    /// <see cref="SelectedNodes"/> instead, which costs nothing per (node, advertisement) pair.
    /// </summary>
    internal IReadOnlyList<NodeAdvertisement> AdvertisementsOf(NodeView node)
    {
        if (_advertisements is null)
        {
            var index = new AdvertisementIndex(_set);
            _advertisements = _set.BgpAdvertisements
                .Select(ad => (new NodeAdvertisement(ad, AnnouncementProtocol.Bgp, index.Pools(ad), [], ad.Peers), SelectedNodes(ad.NodeSelectors)))
                .Concat(_set.L2Advertisements.Select(ad => (new NodeAdvertisement(ad, AnnouncementProtocol.L2, index.Pools(ad), ad.Interfaces, []), SelectedNodes(ad.NodeSelectors))))
                .ToList();
        }

        return node.ExcludedFromLoadBalancers ? [] : _advertisements.Where(a => a.Nodes.Contains(node.Name)).Select(a => a.Advertisement).ToList();
    }

    /// <summary>
    /// True when <paramref name="node"/> announces nothing: its Node object carries <see cref="ExcludeFromLoadBalancersLabel"/>
    /// (any value: internal/k8s/nodes IsNodeExcludedFromBalancers) and the speaker honours it.
    /// </summary>
    public bool IsExcluded(NodeView node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return IsExcluded(node.Name);
    }

    /// <summary>True when the node called <paramref name="name"/> announces nothing (see <see cref="IsExcluded(NodeView)"/>).</summary>
    public bool IsExcluded(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return HonorsExclusion && Index.Nodes.TryGetValue(name, out var n) && n.Metadata.Labels.ContainsKey(ExcludeFromLoadBalancersLabel);
    }

    /// <summary>The session <paramref name="peer"/> would open from <paramref name="node"/> in this view's mode.</summary>
    public BgpSession SessionOf(BgpPeer peer, string node)
    {
        ArgumentNullException.ThrowIfNull(peer);
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
}
