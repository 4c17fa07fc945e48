namespace MetalLb.Validation.Model.Kubernetes;

/// <summary>A <c>Namespace</c>: its labels feed <c>serviceAllocation.namespaceSelectors</c>.</summary>
public sealed record KubernetesNamespace() : KubernetesObject("v1", KindName)
{
    /// <summary>Kind name.</summary>
    public const string KindName = "Namespace";
}
