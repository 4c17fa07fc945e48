namespace MetalLb.Validation.Kubernetes.Api;

/// <summary>Every resource this library reads, in the order a read lists them.</summary>
internal static class ResourceList
{
    public static IReadOnlyList<ApiResource> All { get; } = [ApiResource.Deployments, .. ApiResource.MetalLb, ApiResource.Nodes, ApiResource.NodeNetworkStates, ApiResource.Secrets, ApiResource.Namespaces];
}
