using MetalLb.Validation.Admission;
using MetalLb.Validation.Kubernetes;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using Microsoft.Extensions.Logging.Abstractions;
using WebhookServer.Health;

namespace WebhookServer.Cluster;

/// <summary>
/// The in-cluster source: a connection (the pod's service account, or a kubeconfig for local runs) and the library's
/// <see cref="LiveClusterSnapshot"/>, which lists once and then watches. Requests never list; <c>/readyz</c> says
/// whether the view is complete and current, and the log says when that changes (<see cref="LiveClusterLog"/>).
/// </summary>
public sealed class LiveClusterSource : IClusterSnapshot, ISnapshotState, IAsyncDisposable
{
    private readonly ClusterConnection _connection;
    private readonly LiveClusterSnapshot _live;
    private readonly LiveClusterStateLog _stateLog;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;

    /// <summary>Starts watching through <paramref name="connection"/>, which this source then owns.</summary>
    public LiveClusterSource(ClusterConnection connection, string metalLbNamespace, TimeSpan maxStaleness, LoadLimits? limits = null, ILogger<LiveClusterSource>? logger = null)
        : this(connection, metalLbNamespace, maxStaleness, limits, logger, TimeSpan.FromSeconds(1))
    {
    }

    /// <summary><paramref name="checkEvery"/>: how often the view's state is looked at for the log (staleness is a matter of time, not of events).</summary>
    internal LiveClusterSource(ClusterConnection connection, string metalLbNamespace, TimeSpan maxStaleness, LoadLimits? limits, ILogger? logger, TimeSpan checkEvery)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        var log = logger ?? NullLogger.Instance;
        LiveClusterLog.Starting(log, metalLbNamespace, connection.Server);
        _live = LiveClusterSnapshot.Start(connection, metalLbNamespace, maxStaleness, limits);
        _stateLog = new LiveClusterStateLog(log, maxStaleness);
        _watching = LogStateChangesAsync(checkEvery, _stop.Token);
    }

    /// <inheritdoc />
    public SnapshotStatus Status => new(_live.Ready, _live.Status);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) => _live.GetObjectsAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _watching.ConfigureAwait(false);
        _stop.Dispose();
        await _live.DisposeAsync().ConfigureAwait(false);
        _connection.Dispose();
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _live.GetObjectsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterAccessException)
        {
            // Not current after all (it failed meanwhile): the state log says so next.
        }
    }

    private async Task LogStateChangesAsync(TimeSpan every, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            do
            {
                if (!_stateLog.EverCurrent && _live.Ready)
                {
                    // The first full list is read now rather than by the first request, and the log can count it.
                    await WarmUpAsync(cancellationToken).ConfigureAwait(false);
                }

                _stateLog.Observe(_live.Ready, _live.Status, _live.Failure);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
