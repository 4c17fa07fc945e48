using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace WebhookServer;

/// <summary>
/// An <see cref="IClusterSnapshot"/> that reads a directory of manifests on every request: for local runs and tests.
/// In a cluster, <see cref="ApiServer.ApiServerClusterSnapshot"/> lists the objects from the API server instead.
/// </summary>
public sealed class DirectoryClusterSnapshot(string directory) : IClusterSnapshot
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Directory.Exists(directory) ? ConfigurationLoader.LoadPaths([directory], cancellationToken: cancellationToken).Objects : (IReadOnlyList<KubernetesObject>)[]);
}
