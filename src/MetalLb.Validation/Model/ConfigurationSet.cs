using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Model;

/// <summary>
/// Everything that was read: MetalLB objects, the nodes they land on, Secrets' metadata, the loader's findings
/// and a count of objects that were skipped because they are of other kinds. Immutable.
/// </summary>
public sealed class ConfigurationSet
{
    /// <summary>Creates a set from objects already modelled.</summary>
    public ConfigurationSet(
        IEnumerable<KubernetesObject> objects,
        IEnumerable<Diagnostic>? loadDiagnostics = null,
        IReadOnlyDictionary<string, int>? skippedKinds = null)
        : this(objects.ToList(), loadDiagnostics?.ToList() ?? [], skippedKinds ?? new Dictionary<string, int>(), null)
    {
    }

    internal ConfigurationSet(
        List<KubernetesObject> objects,
        IReadOnlyList<Diagnostic> loadDiagnostics,
        IReadOnlyDictionary<string, int> skippedKinds,
        IReadOnlyList<SourceDocumentCount>? sources)
    {
        // Read-only views: a consumer cannot cast a list back and change a set other code shares.
        Objects = objects.AsReadOnly();
        LoadDiagnostics = ReadOnly(loadDiagnostics);
        SkippedKinds = skippedKinds is Dictionary<string, int> skipped ? skipped.AsReadOnly() : skippedKinds;
        Sources = ReadOnly(sources ?? []);

        // One pass over the objects: large inputs have hundreds of thousands of them.
        var pools = new List<IpAddressPool>();
        var peers = new List<BgpPeer>();
        var bgpAdvertisements = new List<BgpAdvertisement>();
        var l2Advertisements = new List<L2Advertisement>();
        var bfdProfiles = new List<BfdProfile>();
        var communities = new List<Community>();
        var secrets = new List<SecretMetadata>();
        var nodes = new List<KubernetesNode>();
        var networkStates = new List<NodeNetworkState>();
        var namespaces = new List<KubernetesNamespace>();
        foreach (var o in objects)
        {
            switch (o)
            {
                case IpAddressPool x: pools.Add(x); break;
                case BgpPeer x: peers.Add(x); break;
                case BgpAdvertisement x: bgpAdvertisements.Add(x); break;
                case L2Advertisement x: l2Advertisements.Add(x); break;
                case BfdProfile x: bfdProfiles.Add(x); break;
                case Community x: communities.Add(x); break;
                case SecretMetadata x: secrets.Add(x); break;
                case KubernetesNode x: nodes.Add(x); break;
                case NodeNetworkState x: networkStates.Add(x); break;
                case KubernetesNamespace x: namespaces.Add(x); break;
            }
        }

        (Pools, Peers, BgpAdvertisements, L2Advertisements, BfdProfiles) = (pools.AsReadOnly(), peers.AsReadOnly(), bgpAdvertisements.AsReadOnly(), l2Advertisements.AsReadOnly(), bfdProfiles.AsReadOnly());
        (Communities, Secrets, Nodes, NetworkStates, Namespaces) = (communities.AsReadOnly(), secrets.AsReadOnly(), nodes.AsReadOnly(), networkStates.AsReadOnly(), namespaces.AsReadOnly());
    }

    private ConfigurationSet(ConfigurationSet basis, List<KubernetesObject> objects, IReadOnlyList<Diagnostic> loadDiagnostics, Replacements affected)
    {
        Objects = objects.AsReadOnly();
        LoadDiagnostics = ReadOnly(loadDiagnostics);
        SkippedKinds = basis.SkippedKinds;
        Sources = basis.Sources;
        Facts = basis.Facts;
        Pools = Keep(basis.Pools, objects, affected);
        Peers = Keep(basis.Peers, objects, affected);
        BgpAdvertisements = Keep(basis.BgpAdvertisements, objects, affected);
        L2Advertisements = Keep(basis.L2Advertisements, objects, affected);
        BfdProfiles = Keep(basis.BfdProfiles, objects, affected);
        Communities = Keep(basis.Communities, objects, affected);
        Secrets = Keep(basis.Secrets, objects, affected);
        Nodes = Keep(basis.Nodes, objects, affected);
        NetworkStates = Keep(basis.NetworkStates, objects, affected);
        Namespaces = Keep(basis.Namespaces, objects, affected);
    }

    /// <summary>A set with nothing in it.</summary>
    public static ConfigurationSet Empty { get; } = new([]);

    /// <summary>Every modelled object, in input order.</summary>
    public IReadOnlyList<KubernetesObject> Objects { get; }

    /// <summary>IPAddressPools.</summary>
    public IReadOnlyList<IpAddressPool> Pools { get; }

    /// <summary>BGPPeers (both API versions).</summary>
    public IReadOnlyList<BgpPeer> Peers { get; }

    /// <summary>BGPAdvertisements.</summary>
    public IReadOnlyList<BgpAdvertisement> BgpAdvertisements { get; }

    /// <summary>L2Advertisements.</summary>
    public IReadOnlyList<L2Advertisement> L2Advertisements { get; }

    /// <summary>BFDProfiles.</summary>
    public IReadOnlyList<BfdProfile> BfdProfiles { get; }

    /// <summary>Communities.</summary>
    public IReadOnlyList<Community> Communities { get; }

    /// <summary>Secrets (metadata and key names only).</summary>
    public IReadOnlyList<SecretMetadata> Secrets { get; }

    /// <summary>Kubernetes Nodes.</summary>
    public IReadOnlyList<KubernetesNode> Nodes { get; }

    /// <summary>Interfaces and addresses per node, from every topology source.</summary>
    public IReadOnlyList<NodeNetworkState> NetworkStates { get; }

    /// <summary>Namespaces.</summary>
    public IReadOnlyList<KubernetesNamespace> Namespaces { get; }

    /// <summary>Findings made while reading (syntax, types, limits).</summary>
    public IReadOnlyList<Diagnostic> LoadDiagnostics { get; }

    /// <summary>Objects of kinds this tool does not model (Deployments in an install manifest, say), counted by kind.</summary>
    public IReadOnlyDictionary<string, int> SkippedKinds { get; }

    /// <summary>
    /// Per source (file, string, stream), how many documents were read and what became of them: modelled, skipped
    /// as another kind, or reported. Empty for sets built from objects in code.
    /// </summary>
    public IReadOnlyList<SourceDocumentCount> Sources { get; }

    /// <summary>The objects of one kind (the list kept for it when there is one), in input order.</summary>
    public IReadOnlyList<T> OfKind<T>()
        where T : KubernetesObject
    {
        object list = typeof(T) switch
        {
            var t when t == typeof(IpAddressPool) => Pools,
            var t when t == typeof(BgpPeer) => Peers,
            var t when t == typeof(BgpAdvertisement) => BgpAdvertisements,
            var t when t == typeof(L2Advertisement) => L2Advertisements,
            var t when t == typeof(BfdProfile) => BfdProfiles,
            var t when t == typeof(Community) => Communities,
            var t when t == typeof(SecretMetadata) => Secrets,
            var t when t == typeof(KubernetesNode) => Nodes,
            var t when t == typeof(NodeNetworkState) => NetworkStates,
            var t when t == typeof(KubernetesNamespace) => Namespaces,
            _ => Objects.OfType<T>().ToList(),
        };
        return (IReadOnlyList<T>)list;
    }

    /// <summary>What the loader learnt from documents it does not model (installs, kustomizations, old configurations).</summary>
    internal InputFacts Facts { get; init; } = InputFacts.Empty;

    /// <summary>MetalLB objects only.</summary>
    public IEnumerable<MetalLbObject> MetalLbObjects => Objects.OfType<MetalLbObject>();

    /// <summary>
    /// The set after a change: <paramref name="objects"/> is this set's object list with each replaced object swapped
    /// for its replacement (null: dropped) and <paramref name="appended"/> added at the end. A replacement has the kind,
    /// hence the type, of the object it replaces. Per-kind lists without changes are shared with this set.
    /// </summary>
    internal ConfigurationSet Derive(List<KubernetesObject> objects, IReadOnlyList<Diagnostic> loadDiagnostics, IReadOnlyDictionary<KubernetesObject, KubernetesObject?> replaced, IReadOnlyList<KubernetesObject> appended) =>
        new(this, objects, loadDiagnostics, new Replacements(replaced, appended));

    private static IReadOnlyList<T> Keep<T>(IReadOnlyList<T> basis, List<KubernetesObject> objects, Replacements change)
        where T : KubernetesObject
    {
        if (!change.Replaced.Keys.Any(o => o is T) && !change.Appended.Any(o => o is T))
        {
            return basis;
        }

        var list = new List<T>(basis.Count + change.Appended.Count);
        foreach (var o in basis)
        {
            if (!change.Replaced.TryGetValue(o, out var replacement))
            {
                list.Add(o);
            }
            else if (replacement is T x)
            {
                list.Add(x);
            }
        }

        list.AddRange(change.Appended.OfType<T>());
        return list.AsReadOnly();
    }

    private static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> list) => list is List<T> mutable ? mutable.AsReadOnly() : list;

    private sealed record Replacements(IReadOnlyDictionary<KubernetesObject, KubernetesObject?> Replaced, IReadOnlyList<KubernetesObject> Appended);

    /// <summary>
    /// The objects MetalLB reads when it runs in <paramref name="metallbNamespace"/>: without the MetalLB objects and
    /// Secrets of other namespaces (its cache holds only its own namespace: internal/k8s/k8s.go). This set itself when
    /// nothing lies elsewhere.
    /// </summary>
    public ConfigurationSet ReadByMetalLb(string metallbNamespace)
    {
        ArgumentNullException.ThrowIfNull(metallbNamespace);
        return Objects.Any(Elsewhere) ? Without(Elsewhere) : this;

        bool Elsewhere(KubernetesObject o) =>
            o is MetalLbObject or SecretMetadata && o.Metadata.Namespace is { Length: > 0 } ns && ns != metallbNamespace;
    }

    /// <summary>
    /// One set of several read apart (each object of a live cluster read on its own and kept while its text holds, say):
    /// the objects, the loader's findings and the per-source counts in the order of <paramref name="parts"/>, the
    /// skipped kinds summed, and what each read learnt about the input (where MetalLB is installed, kustomizations)
    /// together. Each part keeps what its own read resolved: a kustomization.yaml sets the namespace of the files read
    /// with it, not of the other parts.
    /// </summary>
    public static ConfigurationSet Join(IEnumerable<ConfigurationSet> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var objects = new List<KubernetesObject>();
        var diagnostics = new List<Diagnostic>();
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new List<SourceDocumentCount>();
        var facts = InputFacts.Empty;
        foreach (var part in parts)
        {
            ArgumentNullException.ThrowIfNull(part, nameof(parts));
            objects.AddRange(part.Objects);
            diagnostics.AddRange(part.LoadDiagnostics);
            sources.AddRange(part.Sources);
            foreach (var (kind, count) in part.SkippedKinds)
            {
                skipped[kind] = skipped.GetValueOrDefault(kind) + count;
            }

            facts = InputFacts.Concat(facts, part.Facts);
        }

        return new ConfigurationSet(objects, diagnostics, skipped, sources) { Facts = facts };
    }

    /// <summary>A copy with <paramref name="added"/> appended.</summary>
    public ConfigurationSet With(IEnumerable<KubernetesObject> added) =>
        new(Objects.Concat(added).ToList(), LoadDiagnostics, SkippedKinds, Sources) { Facts = Facts };

    /// <summary>A copy without the objects <paramref name="remove"/> selects.</summary>
    public ConfigurationSet Without(Func<KubernetesObject, bool> remove) =>
        new(Objects.Where(o => !remove(o)).ToList(), LoadDiagnostics, SkippedKinds, Sources) { Facts = Facts };
}
