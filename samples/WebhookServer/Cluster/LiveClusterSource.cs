using MetalLb.Validation.Admission;
using MetalLb.Validation.Kubernetes;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using WebhookServer.Health;

namespace WebhookServer.Cluster;

/// <summary>
/// The in-cluster source: a connection (the pod's service account, or a kubeconfig for local runs) and the library's
/// <see cref="LiveClusterSnapshot"/>, which lists once and then watches. Requests never list; <c>/readyz</c> says
/// whether the view is complete and current.
/// </summary>
public sealed class LiveClusterSource : IClusterSnapshot, ISnapshotState, IAsyncDisposable
{
    private readonly ClusterConnection _connection;
    private readonly LiveClusterSnapshot _live;

    /// <summary>Starts watching through <paramref name="connection"/>, which this source then owns.</summary>
    public LiveClusterSource(ClusterConnection connection, string metalLbNamespace, TimeSpan maxStaleness, LoadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _live = LiveClusterSnapshot.Start(connection, metalLbNamespace, maxStaleness, limits);
    }

    /// <inheritdoc />
    public SnapshotStatus Status => new(_live.Ready, _live.Status);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) => _live.GetObjectsAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _live.DisposeAsync().ConfigureAwait(false);
        _connection.Dispose();
    }
}
