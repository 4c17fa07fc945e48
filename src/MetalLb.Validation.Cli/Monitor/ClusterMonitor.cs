using System.Diagnostics;
using System.Threading.Channels;
using MetalLb.Validation.Cli.Monitor.Agents;
using MetalLb.Validation.Kubernetes;
using MetalLb.Validation.Kubernetes.Live;
using MetalLb.Validation.Kubernetes.Reading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary>
/// The monitor's core: starts the live view (trying again while the API server cannot be read), validates the whole
/// view after each debounced change and, while the view is healthy, every <see cref="MonitorSettings.Resync"/>; keeps
/// the last good validation and says how current it is. Nothing here ends the process: every failure is a state.
/// </summary>
internal sealed class ClusterMonitor : IAsyncDisposable
{
    private readonly ClusterConnection _connection;
    private readonly MonitorSettings _settings;
    private readonly TimeProvider _time;
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _tasks = [];
    private readonly object _gate = new();
    private readonly ParsedObjectCache _parsed;
    private readonly AgentInterfaceCache _agentInterfaces;
    private LiveView? _view;
    private NodeAgents? _agents;
    private ValidationState? _current;
    private string? _startError;
    private string? _validationError;
    private long _generation;
    private long _lastCurrentTicks;
    private long _failures;

    public ClusterMonitor(ClusterConnection connection, MonitorSettings settings, TimeProvider? time = null)
    {
        _connection = connection;
        _settings = settings;
        _time = time ?? TimeProvider.System;
        StartedAt = _time.GetUtcNow();
        _parsed = new ParsedObjectCache(settings.Options.Limits);
        _agentInterfaces = new AgentInterfaceCache(settings.Options.Limits);
    }

    /// <summary>Raised after each successful validation with the new state and the one before (null at first); never concurrently.</summary>
    public event Action<ValidationState, ValidationState?>? Validated;

    public DateTimeOffset StartedAt { get; }

    public TimeProvider Time => _time;

    public MonitorSettings Settings => _settings;

    /// <summary>The last successful validation, or null before the first full list.</summary>
    public ValidationState? Current => Volatile.Read(ref _current);

    /// <summary>Each validation's duration, for the histogram.</summary>
    public DurationHistogram Durations { get; } = new();

    public long Validations => Volatile.Read(ref _generation);

    /// <summary>
    /// When the view was last validated with every watch healthy: the time the served findings are known to be current
    /// at. Null before the first validation.
    /// </summary>
    public DateTimeOffset? LastCurrentAt => Interlocked.Read(ref _lastCurrentTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Per resource: listed, watching, the last error (the node agents' EndpointSlices too); empty until the view has started.</summary>
    public IReadOnlyList<ResourceHealth> Health => _view is null ? [] : _agents is null ? _view.Health : [.. _view.Health, _agents.SliceHealth];

    /// <summary>The node agents, once the view has started with <see cref="MonitorSettings.NodeAgents"/>; else null.</summary>
    public NodeAgents? Agents => _agents;

    public string? MetalLbNamespace => _view?.MetalLbNamespace;

    /// <summary>How current the served view is, and why not when it is not.</summary>
    public Readiness Readiness() => Monitor.Readiness.Of(this, _startError, _validationError, _view?.Synced ?? false);

    public void Start()
    {
        _tasks.Add(Task.Run(RunAsync));
    }

    /// <summary>Asks for a validation now (as a change does).</summary>
    public void Poke() => _changes.Writer.TryWrite(true);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_tasks).ConfigureAwait(false);
        if (_agents is not null)
        {
            await _agents.DisposeAsync().ConfigureAwait(false);
        }

        if (_view is not null)
        {
            _view.Changed -= OnChanged;
            await _view.DisposeAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var token = _stop.Token;
        var backoff = _settings.StartBackoff;
        while (_view is null && !token.IsCancellationRequested)
        {
            try
            {
                var view = await LiveView.StartAsync(_connection, _settings.MetalLbNamespace, _settings.View, token).ConfigureAwait(false);
                view.Changed += OnChanged;
                if (_settings.NodeAgents is { } agents)
                {
                    // The agents' answers come and change on their own: each change is validated as a watch change is.
                    _agents = new NodeAgents(_connection.Api, agents.Namespace ?? view.MetalLbNamespace, agents, _settings.View, _time, Poke);
                    _agents.Start();
                }

                _view = view;
                _startError = null;
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (ClusterAccessException ex)
            {
                _startError = $"cannot find MetalLB's namespace: {ex.Message}";
                await Delay(backoff, token).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _settings.View.MaxBackoff.Ticks));
            }
        }

        await ValidateLoopAsync(token).ConfigureAwait(false);
    }

    private void OnChanged(object? sender, EventArgs e) => Poke();

    private async Task ValidateLoopAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            using var resync = CancellationTokenSource.CreateLinkedTokenSource(token);
            resync.CancelAfter(_settings.Resync);
            bool changed;
            try
            {
                changed = await _changes.Reader.WaitToReadAsync(resync.Token).ConfigureAwait(false) && _changes.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                changed = false;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var view = _view!;
            // Only a view that is complete is validated; after a change always, on resync only while every watch is healthy.
            if (view.Synced && (changed || view.Health.All(h => h.LastError is null)))
            {
                Validate(view);
            }
        }
    }

    private void Validate(LiveView view)
    {
        var clock = Stopwatch.StartNew();
        ValidationState state;
        bool healthy;
        try
        {
            healthy = view.Health.All(h => h.LastError is null);
            var snapshot = view.Snapshot();
            var (set, sources) = WithAgents(snapshot, _parsed.Build(snapshot));
            var loaded = clock.Elapsed;
            var options = snapshot.ApplyTo(_settings.Options);
            var report = new MetalLbValidator(options).Validate(set);
            var validated = clock.Elapsed;
            var explanation = new TopologyExplanation(set, report);
            clock.Stop();
            state = new ValidationState(Interlocked.Increment(ref _generation), _time.GetUtcNow(), clock.Elapsed, snapshot, explanation)
            {
                Phases = [("load", loaded), ("rules", validated - loaded), ("model", clock.Elapsed - validated)],
                InterfaceSources = sources,
            };
        }
#pragma warning disable CA1031 // A validation that breaks keeps the last good view and says why; the monitor goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _failures);
            _validationError = $"the validation failed ({ex.GetType().Name}: {ex.Message})";
            return;
        }

        Durations.Observe(state.Duration.TotalSeconds);
        if (healthy || LastCurrentAt is null)
        {
            Interlocked.Exchange(ref _lastCurrentTicks, state.ValidatedAt.UtcTicks);
        }

        _validationError = null;
        ValidationState? previous;
        lock (_gate)
        {
            previous = _current;
            Volatile.Write(ref _current, state);
        }

        try
        {
            Validated?.Invoke(state, previous);
        }
#pragma warning disable CA1031 // A listener (the event recorder) that fails never stops the validations.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>
    /// The set with the agents' answers for the nodes that have no NodeNetworkState (nmstate wins where both are), and
    /// where each node's interfaces came from. Without node agents, the set as it is.
    /// </summary>
    private (ConfigurationSet Set, IReadOnlyDictionary<string, InterfaceSource> Sources) WithAgents(ClusterSnapshot snapshot, ConfigurationSet set)
    {
        if (_agents is null)
        {
            return (set, new Dictionary<string, InterfaceSource>(StringComparer.Ordinal));
        }

        var agents = _agents.Nodes;
        var nmstate = snapshot.Objects.Where(o => o.Kind == NodeNetworkState.KindName).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var used = agents.Values.Where(a => a.Text is not null && !nmstate.Contains(a.Node)).ToDictionary(a => a.Node, a => a.Text!, StringComparer.Ordinal);
        var nodes = snapshot.Objects.Where(o => o.Kind == KubernetesNode.KindName).Select(o => o.Name).Concat(nmstate).Concat(agents.Keys).ToHashSet(StringComparer.Ordinal);
        var sources = nodes.ToDictionary(n => n, n => InterfaceSource.Of(n, nmstate.Contains(n), agents.GetValueOrDefault(n)), StringComparer.Ordinal);
        return (_agentInterfaces.Join(set, used), sources);
    }

    private static async Task Delay(TimeSpan delay, CancellationToken token)
    {
        try
        {
            await Task.Delay(delay, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
