using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;

namespace WebhookServer.ApiServer;

/// <summary>
/// One resource the snapshot lists: its kind, where the API server serves it (<see cref="Versions"/> in order of
/// preference; a 404 moves on to the next) and what of each item the validator needs.
/// </summary>
public sealed record ListedResource(string Kind, string Group, IReadOnlyList<string> Versions, string Plural, bool InMetalLbNamespace, ItemContent Content)
{
    /// <summary>Whether a 404 for every version means "not installed here" rather than a failure (nmstate's CRD is optional).</summary>
    public bool MayBeAbsent { get; init; }

    /// <summary>Everything the webhook validates against: MetalLB's kinds and Secrets in its namespace, Nodes, NodeNetworkStates, Namespaces.</summary>
    public static IReadOnlyList<ListedResource> All { get; } =
    [
        new(IpAddressPool.KindName, MetalLbObject.Group, ["v1beta1"], "ipaddresspools", true, ItemContent.Spec),
        new(BgpPeer.KindName, MetalLbObject.Group, ["v1beta2", "v1beta1"], "bgppeers", true, ItemContent.Spec),
        new(BgpAdvertisement.KindName, MetalLbObject.Group, ["v1beta1"], "bgpadvertisements", true, ItemContent.Spec),
        new(L2Advertisement.KindName, MetalLbObject.Group, ["v1beta1"], "l2advertisements", true, ItemContent.Spec),
        new(BfdProfile.KindName, MetalLbObject.Group, ["v1beta1"], "bfdprofiles", true, ItemContent.Spec),
        new(Community.KindName, MetalLbObject.Group, ["v1beta1"], "communities", true, ItemContent.Spec),
        new(SecretMetadata.KindName, string.Empty, ["v1"], "secrets", true, ItemContent.SecretKeys),
        new(KubernetesNode.KindName, string.Empty, ["v1"], "nodes", false, ItemContent.NodeAddresses),
        new(KubernetesNamespace.KindName, string.Empty, ["v1"], "namespaces", false, ItemContent.MetadataOnly),
        new(NodeNetworkState.KindName, "nmstate.io", ["v1beta1"], "nodenetworkstates", false, ItemContent.NetworkInterfaces) { MayBeAbsent = true },
    ];

    /// <summary><c>apiVersion</c> of this resource's items at <paramref name="version"/>.</summary>
    public string ApiVersion(string version) => Group.Length == 0 ? version : $"{Group}/{version}";

    /// <summary>The list path at <paramref name="version"/>, e.g. <c>/apis/metallb.io/v1beta1/namespaces/metallb-system/ipaddresspools</c>.</summary>
    public string ListPath(string version, string metalLbNamespace)
    {
        var root = Group.Length == 0 ? $"/api/{version}" : $"/apis/{Group}/{version}";
        var scope = InMetalLbNamespace ? $"/namespaces/{Uri.EscapeDataString(metalLbNamespace)}" : string.Empty;
        return $"{root}{scope}/{Plural}";
    }
}
