namespace MetalLb.Validation.Kubernetes;

/// <summary>One object read from the cluster, as the JSON text the loader reads.</summary>
/// <param name="Kind">Its kind (<c>IPAddressPool</c>).</param>
/// <param name="Namespace">Its namespace, null for cluster-scoped kinds.</param>
/// <param name="Name">Its name.</param>
/// <param name="SourceName">Where findings say it is: <c>cluster:IPAddressPool/metallb-system/office</c>.</param>
/// <param name="Text">The object as the API served it, without managedFields and status noise (for a Secret: its metadata only).</param>
public sealed record ClusterObject(string Kind, string? Namespace, string Name, string SourceName, string Text)
{
    /// <summary>The resourceVersion it had when read.</summary>
    public string? ResourceVersion { get; init; }
}
