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
    {
        ArgumentNullException.ThrowIfNull(objects);
        Objects = objects.ToList();
        LoadDiagnostics = loadDiagnostics?.ToList() ?? [];
        SkippedKinds = skippedKinds ?? new Dictionary<string, int>();
        Pools = Objects.OfType<IpAddressPool>().ToList();
        Peers = Objects.OfType<BgpPeer>().ToList();
        BgpAdvertisements = Objects.OfType<BgpAdvertisement>().ToList();
        L2Advertisements = Objects.OfType<L2Advertisement>().ToList();
        BfdProfiles = Objects.OfType<BfdProfile>().ToList();
        Communities = Objects.OfType<Community>().ToList();
        Secrets = Objects.OfType<SecretMetadata>().ToList();
        Nodes = Objects.OfType<KubernetesNode>().ToList();
        NetworkStates = Objects.OfType<NodeNetworkState>().ToList();
        Namespaces = Objects.OfType<KubernetesNamespace>().ToList();
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

    /// <summary>MetalLB objects only.</summary>
    public IEnumerable<MetalLbObject> MetalLbObjects => Objects.OfType<MetalLbObject>();

    /// <summary>A copy with <paramref name="added"/> appended.</summary>
    public ConfigurationSet With(IEnumerable<KubernetesObject> added) =>
        new(Objects.Concat(added), LoadDiagnostics, SkippedKinds);

    /// <summary>A copy without the objects <paramref name="remove"/> selects.</summary>
    public ConfigurationSet Without(Func<KubernetesObject, bool> remove) =>
        new(Objects.Where(o => !remove(o)), LoadDiagnostics, SkippedKinds);
}
