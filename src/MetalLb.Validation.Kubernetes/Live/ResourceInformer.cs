using System.Collections.Concurrent;
using System.Net;
using MetalLb.Validation.Kubernetes.Api;
using MetalLb.Validation.Kubernetes.Reading;

namespace MetalLb.Validation.Kubernetes.Live;

/// <summary>
/// Keeps one resource current, as client-go's reflector does: list, then watch from the list's resourceVersion with
/// bookmarks; a watch that ends or breaks is resumed from the last resourceVersion seen; <c>410 Gone</c> (an ERROR
/// event or a status) means that version is compacted away, so list again; other errors back off exponentially.
/// With a <c>labelSelector</c> it keeps only the objects that match (a Service's EndpointSlices).
/// </summary>
internal sealed class ResourceInformer(KubernetesApi api, ApiResource resource, string? ns, LiveViewOptions options, Action changed, string? labelSelector = null)
{
    private readonly ConcurrentDictionary<string, ClusterObject> _objects = new(StringComparer.Ordinal);
    private volatile string? _resourceVersion;
    private volatile string? _lastError;
    private volatile bool _synced;
    private volatile bool _installed = true;
    private volatile string? _note;
    private long _failingSinceTicks;
    private int _lists;
    private int _watches;

    public ApiResource Resource => resource;

    public IEnumerable<ClusterObject> Objects => _objects.Values;

    public ResourceHealth Health => new(resource.ToString(), _synced, _installed, _resourceVersion, _lastError, _lists, _watches)
    {
        FailingSince = _lastError is not null && Interlocked.Read(ref _failingSinceTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null,
        Note = _note,
    };

    private string? Accept => resource.MetadataOnly ? KubernetesApi.MetadataOnly : null;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = options.MinBackoff;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (_resourceVersion is null)
                {
                    await ListAsync(cancellationToken).ConfigureAwait(false);
                    _lastError = null;
                    backoff = options.MinBackoff;
                }

                await WatchAsync(cancellationToken).ConfigureAwait(false);
                _lastError = null;
                backoff = options.MinBackoff;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiStatusException ex) when (ex.IsGone)
            {
                _resourceVersion = null;
            }
            catch (ApiStatusException ex) when (SkipNote(ex) is { } note)
            {
                // nmstate is not installed, or Namespaces are forbidden (only MLB0111 needs them): nothing to keep, and
                // not an error; look again later, it may be installed or granted meanwhile.
                Skip(note);
                await DelayAsync(options.MaxBackoff, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever breaks a list or a watch is reported in the health and retried, never fatal.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (_lastError is null)
                {
                    Interlocked.Exchange(ref _failingSinceTicks, DateTimeOffset.UtcNow.UtcTicks);
                }

                _lastError = ex is ApiStatusException status ? status.ToAccess(api.Server, resource.ToString()).Message : $"{resource}: {ex.Message}";
                await DelayAsync(backoff, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.MaxBackoff.Ticks));
            }
        }
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var list = await api.ListAsync(resource, ns, labelSelector, Accept, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _lists);
        var fresh = list.Items.Select(i => ObjectText.From(i, resource)).OfType<ClusterObject>().ToDictionary(Key, StringComparer.Ordinal);
        var differs = fresh.Count != _objects.Count || fresh.Any(p => !_objects.TryGetValue(p.Key, out var old) || old.Text != p.Value.Text);
        foreach (var key in _objects.Keys.Where(k => !fresh.ContainsKey(k)))
        {
            _objects.TryRemove(key, out _);
        }

        foreach (var (key, o) in fresh)
        {
            _objects[key] = o;
        }

        _installed = true;
        _note = null;
        _resourceVersion = list.ResourceVersion;
        if (differs || !_synced)
        {
            _synced = true;
            changed();
        }
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _watches);
        await foreach (var e in api.WatchAsync(resource, ns, _resourceVersion!, options.WatchTimeout, Accept, labelSelector, cancellationToken).ConfigureAwait(false))
        {
            // The watch answers again: a resumed watch is healthy from its first event, not only when it ends.
            _lastError = null;
            switch (e.Type)
            {
                case "ADDED" or "MODIFIED" when ObjectText.From(e.Object, resource) is { } o:
                    _objects[Key(o)] = o;
                    changed();
                    break;
                case "DELETED" when ObjectText.From(e.Object, resource) is { } o:
                    if (_objects.TryRemove(Key(o), out _))
                    {
                        changed();
                    }

                    break;
                case "ERROR" when e.ErrorCode == 410:
                    throw new ApiStatusException(HttpStatusCode.Gone, "the watch's resourceVersion is too old");
                case "ERROR":
                    throw new ClusterAccessException(ClusterAccessFailure.BadResponse, $"the watch of {resource} ended with an error ({e.ErrorCode})");
            }

            if (e.ResourceVersion is { Length: > 0 } rv)
            {
                _resourceVersion = rv;
            }
        }
    }

    private string? SkipNote(ApiStatusException ex) =>
        ex.Status == HttpStatusCode.NotFound && resource == ApiResource.NodeNetworkStates ? $"{resource} is not installed (404)"
        : ex.Status == HttpStatusCode.Forbidden && resource == ApiResource.Namespaces ? ClusterReader.NamespacesForbidden(ex)
        : null;

    private void Skip(string note)
    {
        var had = !_objects.IsEmpty;
        _objects.Clear();
        _installed = false;
        _note = note;
        _lastError = null;
        _resourceVersion = null;
        if (had || !_synced)
        {
            _synced = true;
            changed();
        }
    }

    private static string Key(ClusterObject o) => $"{o.Namespace}/{o.Name}";

    private static async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
