using MetalLb.Validation.Model;

namespace MetalLb.Validation.Admission;

/// <summary>
/// The cluster as it is now, supplied by the webhook's host: a real deployment lists (or watches through an informer)
/// MetalLB's objects, Nodes and Secrets' metadata from the API server. Called once per admission request; keep it fast
/// and free of per-request network round trips where possible (the API server waits at most the webhook's timeout).
/// Return the same list instance for as long as the cluster is unchanged, and a new instance when anything changes;
/// never change a list once returned. <see cref="AdmissionHandler"/> then validates the current cluster once and not on
/// every request (it keeps its findings per list instance).
/// </summary>
public interface IClusterSnapshot
{
    /// <summary>
    /// Every current MetalLB object (all kinds), Node, NodeNetworkState, Namespace and Secret (metadata and key names only)
    /// that validation should see.
    /// </summary>
    ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken);
}
