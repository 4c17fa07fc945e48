namespace MetalLb.Validation.Model.Kubernetes;

/// <summary>A Kubernetes <c>Node</c>: its labels select peers and advertisements; its addresses seed topology.</summary>
public sealed record KubernetesNode() : KubernetesObject("v1", KindName)
{
    /// <summary>Kind name.</summary>
    public const string KindName = "Node";

    /// <summary><c>status.addresses</c>.</summary>
    public IReadOnlyList<NodeAddress> Addresses { get; init; } = [];
}
