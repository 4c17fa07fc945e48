using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace WebhookServer;

/// <summary>
/// A sample <see cref="IClusterSnapshot"/> that reads a directory of manifests (a mounted ConfigMap, say) on every
/// request. A real deployment lists MetalLB's objects, Nodes and Secrets' metadata from the API server instead,
/// ideally through an informer cache so that no request waits on the network (the API server gives a webhook 10 s by
/// default and at most 30 s).
/// </summary>
public sealed class DirectoryClusterSnapshot(string directory) : IClusterSnapshot
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Directory.Exists(directory) ? ConfigurationLoader.LoadPaths([directory]).Objects : (IReadOnlyList<KubernetesObject>)[]);
}
