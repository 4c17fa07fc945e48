using System.Net;
using System.Threading.Channels;
using MetalLb.Validation.Kubernetes;
using MetalLb.Validation.Kubernetes.Api;

namespace MetalLb.Validation.Cli.Monitor.Events;

/// <summary>
/// Records the Events of each validation's transitions in the background: a bounded queue (the oldest are dropped
/// past <see cref="QueueLimit"/>), a token bucket (<see cref="Burst"/> at once, then <see cref="PerSecond"/> a
/// second; the rest are dropped and counted), the same Event counted up (merge patch) instead of created twice. An
/// API server that refuses or cannot be reached costs the Event, counted with the reason; never the monitor.
/// </summary>
internal sealed class EventRecorder : IAsyncDisposable
{
    public const int QueueLimit = 1000;

    private readonly KubernetesApi _api;
    private readonly TimeProvider _time;
    private readonly string _instance;
    private readonly Channel<FindingEvent> _queue;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private double _tokens;
    private DateTimeOffset _refilled;
    private long _created;
    private long _updated;
    private long _failed;
    private long _dropped;
    private string? _lastError;

    public EventRecorder(ClusterConnection connection, TimeProvider? time = null, string? instance = null)
    {
        _queue = Channel.CreateBounded<FindingEvent>(new BoundedChannelOptions(QueueLimit) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true }, _ => Interlocked.Increment(ref _dropped));
        _api = connection.Api;
        _time = time ?? TimeProvider.System;
        _instance = instance ?? Environment.GetEnvironmentVariable("POD_NAME") ?? Environment.MachineName;
        _tokens = Burst;
        _refilled = _time.GetUtcNow();
    }

    public int Burst { get; init; } = 25;

    public double PerSecond { get; init; } = 1;

    public string? LastError => _lastError;

    public void Start() => _loop = Task.Run(() => SendLoopAsync(_stop.Token));

    /// <summary>For <see cref="ClusterMonitor.Validated"/>: queues the Events of what changed.</summary>
    public void OnValidated(ValidationState current, ValidationState? previous)
    {
        foreach (var e in FindingTransitions.Between(current, previous))
        {
            _queue.Writer.TryWrite(e);
        }
    }

    public void WriteTo(ExpositionWriter m)
    {
        const string Name = MonitorMetrics.Prefix + "events_total";
        m.Family(Name, "counter", "Kubernetes Events for findings that appeared or cleared, by result: created, updated (the same Event again), failed (refused or unreachable), dropped (rate limit or full queue).");
        m.Sample(Name, Interlocked.Read(ref _created), ("result", "created"));
        m.Sample(Name, Interlocked.Read(ref _updated), ("result", "updated"));
        m.Sample(Name, Interlocked.Read(ref _failed), ("result", "failed"));
        m.Sample(Name, Interlocked.Read(ref _dropped), ("result", "dropped"));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task SendLoopAsync(CancellationToken token)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out var e))
                {
                    if (!Take())
                    {
                        Interlocked.Increment(ref _dropped);
                        continue;
                    }

                    await SendAsync(e, token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private bool Take()
    {
        var now = _time.GetUtcNow();
        _tokens = Math.Min(Burst, _tokens + ((now - _refilled).TotalSeconds * PerSecond));
        _refilled = now;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens--;
        return true;
    }

    private async Task SendAsync(FindingEvent e, CancellationToken token)
    {
        var name = e.Name;
        var ns = e.Target.EventNamespace;
        var collection = $"api/v1/namespaces/{Uri.EscapeDataString(ns)}/events";
        var now = _time.GetUtcNow();
        try
        {
            try
            {
                await _api.SendJsonAsync(HttpMethod.Post, collection, e.Body(now, _instance), "application/json", token).ConfigureAwait(false);
                if (_counts.Count >= 10_000)
                {
                    _counts.Clear();
                }

                _counts[name] = 1;
                Interlocked.Increment(ref _created);
            }
            catch (ApiStatusException ex) when (ex.Status == HttpStatusCode.Conflict)
            {
                var count = _counts.GetValueOrDefault(name, 1) + 1;
                await _api.SendJsonAsync(HttpMethod.Patch, $"{collection}/{Uri.EscapeDataString(name)}", e.Recurrence(now, count), KubernetesApi.MergePatch, token).ConfigureAwait(false);
                _counts[name] = count;
                Interlocked.Increment(ref _updated);
            }

            _lastError = null;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is ApiStatusException or ClusterAccessException)
        {
            Interlocked.Increment(ref _failed);
            _lastError = ex is ApiStatusException status ? $"{(int)status.Status}: {status.Message}" : ex.Message;
        }
    }
}
