using System.Globalization;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Kubernetes.Live;
using MetalLb.Validation.Kubernetes.Reading;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Kubernetes;

/// <summary>
/// The cluster for an admission webhook, kept current by list and watch (the monitor's live view) instead of listed
/// per request. <see cref="GetObjectsAsync"/> returns the same list instance until something changes, so
/// <see cref="AdmissionHandler"/> validates the cluster itself once per change; a change re-reads only the objects that
/// changed. Before the first full list, or once some resource has failed for longer than the allowed staleness, it
/// throws <see cref="ClusterAccessException"/> (<see cref="ClusterAccessFailure.NotCurrent"/>), which the handler
/// answers with 503: never a validation against an empty or outdated cluster.
/// </summary>
public sealed class LiveClusterSnapshot : IClusterSnapshot, IAsyncDisposable
{
    private readonly LiveView _view;
    private readonly ParsedObjectCache _parsed;
    private readonly TimeSpan _maxStaleness;
    private readonly object _gate = new();
    private Built? _built;

    internal LiveClusterSnapshot(LiveView view, TimeSpan maxStaleness, LoadLimits? limits)
    {
        _view = view;
        _maxStaleness = maxStaleness;
        _parsed = new ParsedObjectCache(limits ?? LoadLimits.Default);
    }

    /// <summary>The namespace whose MetalLB objects and Secrets are watched.</summary>
    public string MetalLbNamespace => _view.MetalLbNamespace;

    /// <summary>True when requests can be validated: every resource listed, none failing for longer than allowed.</summary>
    public bool Ready => Problem() is null;

    /// <summary>One line for a readiness probe: what is served, or why nothing can be.</summary>
    public string Status => Problem() ?? (_built is { } built
        ? string.Create(CultureInfo.InvariantCulture, $"watching {_view.MetalLbNamespace} on {_view.Server}: {built.Objects.Count} objects{(built.Unreadable > 0 ? $" ({built.Unreadable} findings reading them)" : string.Empty)}")
        : $"watching {_view.MetalLbNamespace} on {_view.Server}: listed, not read yet");

    /// <summary>
    /// What cannot be read now and why (each failing resource's error, never a credential or an object's content), or
    /// null while every resource is followed. While <see cref="Ready"/> is still true, the last good view is served
    /// despite it, for the allowed staleness.
    /// </summary>
    public string? Failure
    {
        get
        {
            var errors = _view.Health.Where(h => h.LastError is not null).Select(h => h.LastError!).ToList();
            return errors.Count == 0 ? null : string.Join("; ", errors);
        }
    }

    /// <summary>
    /// Starts watching through <paramref name="connection"/> (which the caller keeps and disposes after this):
    /// MetalLB's kinds and Secrets' metadata in <paramref name="metalLbNamespace"/>, Nodes and NodeNetworkStates.
    /// After a failure the last good view is served for <paramref name="maxStaleness"/> (60 s when not given).
    /// </summary>
    public static LiveClusterSnapshot Start(ClusterConnection connection, string metalLbNamespace, TimeSpan? maxStaleness = null, LoadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(metalLbNamespace);
        return Start(new LiveView(connection, metalLbNamespace, "given by the caller"), maxStaleness ?? TimeSpan.FromSeconds(60), limits);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Problem() is { } problem)
        {
            throw new ClusterAccessException(ClusterAccessFailure.NotCurrent, problem);
        }

        // The count first: a change after it makes the next call read again, so nothing newer is ever missed.
        var changes = _view.ChangeCount;
        lock (_gate)
        {
            if (_built is not { } built || built.Changes != changes)
            {
                var set = _parsed.Build(_view.Snapshot());
                built = _built = new Built(changes, set.Objects, set.LoadDiagnostics.Count);
            }

            return ValueTask.FromResult(built.Objects);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _view.DisposeAsync();

    internal static LiveClusterSnapshot Start(LiveView view, TimeSpan maxStaleness, LoadLimits? limits)
    {
        var snapshot = new LiveClusterSnapshot(view, maxStaleness, limits);
        view.Start();
        return snapshot;
    }

    private string? Problem()
    {
        var health = _view.Health;
        var unsynced = health.Where(h => !h.Synced).ToList();
        if (unsynced.Count > 0)
        {
            var errors = unsynced.Where(h => h.LastError is not null).Select(h => h.LastError!).ToList();
            return $"not every resource has been listed from {_view.Server} yet ({string.Join(", ", unsynced.Select(h => h.Resource))})"
                + (errors.Count > 0 ? ": " + string.Join("; ", errors) : string.Empty);
        }

        var now = DateTimeOffset.UtcNow;
        var stale = health.Where(h => h.FailingSince is { } since && now - since > _maxStaleness).ToList();
        return stale.Count == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"the cluster has not been followed for more than {_maxStaleness.TotalSeconds:0} s (the last good view is too old to trust): {string.Join("; ", stale.Select(h => h.LastError))}");
    }

    private sealed record Built(int Changes, IReadOnlyList<KubernetesObject> Objects, int Unreadable);
}
