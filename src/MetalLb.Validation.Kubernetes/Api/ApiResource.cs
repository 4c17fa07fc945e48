namespace MetalLb.Validation.Kubernetes.Api;

/// <summary>One resource of the Kubernetes API: where it is listed and what kind its objects are.</summary>
/// <param name="Group">API group, empty for the core group.</param>
/// <param name="Version">API version within the group.</param>
/// <param name="Plural">The resource's plural name in URLs.</param>
/// <param name="Kind">The kind of its objects.</param>
/// <param name="Namespaced">True when its objects live in namespaces.</param>
internal sealed record ApiResource(string Group, string Version, string Plural, string Kind, bool Namespaced)
{
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>MetalLB's CRDs at the version MetalLB stores (config/crd/bases: BGPPeer stores v1beta2, the rest v1beta1).</summary>
    public static IReadOnlyList<ApiResource> MetalLb { get; } =
    [
        new("metallb.io", "v1beta1", "ipaddresspools", "IPAddressPool", true),
        new("metallb.io", "v1beta2", "bgppeers", "BGPPeer", true),
        new("metallb.io", "v1beta1", "bgpadvertisements", "BGPAdvertisement", true),
        new("metallb.io", "v1beta1", "l2advertisements", "L2Advertisement", true),
        new("metallb.io", "v1beta1", "bfdprofiles", "BFDProfile", true),
        new("metallb.io", "v1beta1", "communities", "Community", true),
    ];

    public static ApiResource Nodes { get; } = new(string.Empty, "v1", "nodes", "Node", false);

    public static ApiResource Secrets { get; } = new(string.Empty, "v1", "secrets", "Secret", true);

    /// <summary>kubernetes-nmstate's per-node interface report; absent (404) where nmstate is not installed.</summary>
    public static ApiResource NodeNetworkStates { get; } = new("nmstate.io", "v1beta1", "nodenetworkstates", "NodeNetworkState", false);

    public static ApiResource Deployments { get; } = new("apps", "v1", "deployments", "Deployment", true);

    /// <summary>The endpoints of a Service (the monitor finds the node agents through their Service's slices).</summary>
    public static ApiResource EndpointSlices { get; } = new("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", true);

    /// <summary>
    /// Namespaces, read as metadata only like Secrets: MLB0111 needs their names and namespace selectors their labels,
    /// nothing in spec or status, so a <c>PartialObjectMetadataList</c> keeps each item to what is read.
    /// </summary>
    public static ApiResource Namespaces { get; } = new(string.Empty, "v1", "namespaces", "Namespace", false);

    /// <summary>True when it is listed and watched as <see cref="KubernetesApi.MetadataOnly"/>: Secrets (their values never leave the server) and Namespaces.</summary>
    public bool MetadataOnly => this == Secrets || this == Namespaces;

    /// <summary>The URL path of the collection, relative to the server's base: <c>apis/metallb.io/v1beta1/namespaces/x/ipaddresspools</c>.</summary>
    public string CollectionPath(string? ns)
    {
        var root = Group.Length == 0 ? $"api/{Version}" : $"apis/{Group}/{Version}";
        return Namespaced && ns is not null ? $"{root}/namespaces/{Uri.EscapeDataString(ns)}/{Plural}" : $"{root}/{Plural}";
    }

    /// <summary>How a message names it: <c>ipaddresspools.metallb.io</c>.</summary>
    public override string ToString() => Group.Length == 0 ? Plural : $"{Plural}.{Group}";
}
