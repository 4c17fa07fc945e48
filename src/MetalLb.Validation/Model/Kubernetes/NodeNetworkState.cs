namespace MetalLb.Validation.Model.Kubernetes;

/// <summary>
/// The interfaces of one node and their addresses: from an nmstate <c>NodeNetworkState</c>, <c>ip -j address</c>
/// output, an inventory file or the local host (<see cref="Origin"/> says which).
/// </summary>
public sealed record NodeNetworkState() : KubernetesObject("nmstate.io/v1beta1", KindName)
{
    /// <summary>Kind name (nmstate).</summary>
    public const string KindName = "NodeNetworkState";

    /// <summary>The node these interfaces belong to (for nmstate, <c>metadata.name</c>).</summary>
    public required string NodeName { get; init; }

    /// <summary>Interfaces with their addresses.</summary>
    public IReadOnlyList<InterfaceState> Interfaces { get; init; } = [];

    /// <summary>Where the data came from, for messages: <c>NodeNetworkState</c>, <c>ip -j address</c>, ...</summary>
    public string Origin { get; init; } = KindName;
}
