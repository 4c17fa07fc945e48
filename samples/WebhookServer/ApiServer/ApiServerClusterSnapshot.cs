using System.Globalization;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace WebhookServer.ApiServer;

/// <summary>
/// An <see cref="IClusterSnapshot"/> that lists the cluster from the API server: MetalLB's objects and Secrets in its
/// namespace, Nodes, NodeNetworkStates (when nmstate is installed) and Namespaces.
/// </summary>
/// <remarks>
/// A request lists again only when the last round started at least <see cref="ApiServerSettings.RefreshInterval"/>
/// ago; concurrent requests share that one round, so none waits longer than one round. While what validation reads
/// is unchanged (same fingerprint), the same list instance is returned and <see cref="AdmissionHandler"/> keeps its
/// findings for it. When listing fails, the last good listing is served until it is
/// <see cref="ApiServerSettings.MaxStaleness"/> old; after that requests fail with
/// <see cref="ClusterSnapshotUnavailableException"/>, which the handler turns into a denial.
/// </remarks>
public sealed class ApiServerClusterSnapshot : IClusterSnapshot, IDisposable
{
    private const int LoadFindingsLogged = 10;

    private readonly ApiServerSettings _settings;
    private readonly ApiServerClient _client;
    private readonly ClusterLister _lister;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private Listed? _listed;
    private Task? _round;
    private long? _roundStartedAt;
    private string _lastFailure = "nothing has been listed yet";

    /// <summary>Creates the snapshot; nothing is listed before the first request.</summary>
    public ApiServerClusterSnapshot(ApiServerSettings settings, ILogger? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _client = new ApiServerClient(settings, _time);
        _lister = new ClusterLister(_client, settings.MetalLbNamespace);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken)
    {
        Task? round;
        lock (_gate)
        {
            round = _round;
            if (round is null && (_roundStartedAt is not { } started || _time.GetElapsedTime(started) >= _settings.RefreshInterval))
            {
                var startedAt = _time.GetTimestamp();
                _roundStartedAt = startedAt;
                round = _round = Task.Run(() => RefreshAsync(startedAt), CancellationToken.None);
            }
        }

        if (round is not null)
        {
            // The round is shared: a cancelled request stops waiting, the round goes on for the others.
            await round.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return Current();
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private IReadOnlyList<KubernetesObject> Current()
    {
        Listed? listed;
        string failure;
        lock (_gate)
        {
            (listed, failure) = (_listed, _lastFailure);
        }

        if (listed is not null && _time.GetElapsedTime(listed.ListedAt) <= _settings.MaxStaleness)
        {
            return listed.Objects;
        }

        var since = listed is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" for {_time.GetElapsedTime(listed.ListedAt).TotalSeconds:0} s (at most {_settings.MaxStaleness.TotalSeconds:0} s of staleness allowed)");
        throw new ClusterSnapshotUnavailableException($"the cluster's objects could not be listed from the Kubernetes API server{since}: {failure}");
    }

    private async Task RefreshAsync(long startedAt)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_settings.ListTimeout);
            var listing = await _lister.ListAsync(timeout.Token).ConfigureAwait(false);
            var previous = _listed;
            var objects = previous?.Fingerprint == listing.Fingerprint ? previous.Objects : Load(listing);
            lock (_gate)
            {
                _listed = new Listed(objects, listing.Fingerprint, startedAt);
            }
        }
        catch (Exception ex)
        {
            var failure = ex is OperationCanceledException
                ? string.Create(CultureInfo.InvariantCulture, $"listing took longer than {_settings.ListTimeout.TotalSeconds:0.#} s")
                : Describe(ex);
            lock (_gate)
            {
                _lastFailure = failure;
            }

            // The message only: exceptions here carry no object data, and a stack trace helps no operator.
            SnapshotLog.ListingFailed(_logger, failure);
        }
        finally
        {
            lock (_gate)
            {
                _round = null;
            }
        }
    }

    private IReadOnlyList<KubernetesObject> Load(ClusterListing listing)
    {
        var loader = new ConfigurationLoader();
        foreach (var source in listing.Sources)
        {
            using var stream = new MemoryStream(source.Json, writable: false);
            loader.AddStream(stream, source.Name);
        }

        var set = loader.Build();
        foreach (var finding in set.LoadDiagnostics.Take(LoadFindingsLogged))
        {
            SnapshotLog.UnreadableObject(_logger, finding.RuleId, finding.Resource?.ToString(), finding.Message);
        }

        SnapshotLog.Listed(_logger, set.Objects.Count);
        return set.Objects;
    }

    private static string Describe(Exception ex) =>
        ex.InnerException is { } inner && ex is HttpRequestException && !ex.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{ex.Message.TrimEnd('.')}: {inner.Message}"
            : ex.Message;

    private sealed record Listed(IReadOnlyList<KubernetesObject> Objects, string Fingerprint, long ListedAt);
}
