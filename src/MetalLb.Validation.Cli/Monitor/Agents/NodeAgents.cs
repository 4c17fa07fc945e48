using System.Threading.Channels;
using MetalLb.Validation.Kubernetes.Api;
using MetalLb.Validation.Kubernetes.Live;

namespace MetalLb.Validation.Cli.Monitor.Agents;

/// <summary>
/// The node agents, for nodes without a NodeNetworkState: an informer keeps the agents' Service's EndpointSlices
/// (by the <c>kubernetes.io/service-name</c> label), and every interval (and at once when the slices change) each
/// ready endpoint's <c>/api/v1/interfaces</c> is asked, a bounded number at a time. A node's answer is kept while
/// its agent answers and for <see cref="NodeAgentSettings.KeepFor"/> after, then dropped. <c>changed</c> is called
/// when an answer in use changes, comes or goes, so the monitor revalidates. Nothing here throws out of a poll.
/// </summary>
internal sealed class NodeAgents : IAsyncDisposable
{
    private readonly NodeAgentSettings _settings;
    private readonly TimeProvider _time;
    private readonly Action _changed;
    private readonly ResourceInformer _slices;
    private readonly AgentClient _client;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _tasks = [];
    private readonly Lock _gate = new();
    private Dictionary<string, AgentNodeStatus> _nodes = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _problems = [];
    private int _endpoints;
    private long _polls;

    public NodeAgents(KubernetesApi api, string ns, NodeAgentSettings settings, LiveViewOptions watch, TimeProvider time, Action changed)
    {
        _settings = settings;
        _time = time;
        _changed = changed;
        Namespace = ns;
        _slices = new ResourceInformer(api, ApiResource.EndpointSlices, ns, watch, () => _wake.Writer.TryWrite(true), settings.LabelSelector);
        _client = new AgentClient(settings);
    }

    public string Namespace { get; }

    public NodeAgentSettings Settings => _settings;

    /// <summary>The EndpointSlices' watch, as the view's resources report theirs.</summary>
    public ResourceHealth SliceHealth => _slices.Health;

    /// <summary>Completed poll rounds.</summary>
    public long Polls => Interlocked.Read(ref _polls);

    /// <summary>Each node an agent is known for, now.</summary>
    public IReadOnlyDictionary<string, AgentNodeStatus> Nodes
    {
        get
        {
            lock (_gate)
            {
                return _nodes;
            }
        }
    }

    public NodeAgentsStatus Status()
    {
        lock (_gate)
        {
            return new NodeAgentsStatus(_settings.Service, Namespace, _endpoints, _problems, [.. _nodes.Values.OrderBy(n => n.Node, StringComparer.Ordinal)]);
        }
    }

    public void Start()
    {
        _tasks.Add(Task.Run(() => _slices.RunAsync(_stop.Token)));
        _tasks.Add(Task.Run(PollLoopAsync));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_tasks).ConfigureAwait(false);
        _client.Dispose();
        _stop.Dispose();
    }

    private async Task PollLoopAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await PollAsync(token).ConfigureAwait(false);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
                wait.CancelAfter(_settings.Interval);
                await _wake.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
                _wake.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                // The interval passed without a change of the slices: poll again.
            }
            catch (OperationCanceledException)
            {
                return;
            }
#pragma warning disable CA1031 // A round that breaks is a problem in /readyz; the agents are asked again next interval.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                lock (_gate)
                {
                    _problems = [$"asking the node agents failed ({ex.GetType().Name}: {ex.Message})"];
                }

                await Task.Delay(_settings.Interval, _time, token).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One round: every ready endpoint asked, the answers applied, old answers dropped.</summary>
    internal async Task PollAsync(CancellationToken token)
    {
        if (!_slices.Health.Synced)
        {
            return;
        }

        var (endpoints, problems) = AgentEndpoint.FromSlices(_slices.Objects);
        var answers = new List<AgentAnswer>(endpoints.Count);
        await Parallel.ForEachAsync(endpoints, new ParallelOptions { MaxDegreeOfParallelism = _settings.MaxParallel, CancellationToken = token }, async (endpoint, ct) =>
        {
            var answer = await _client.GetAsync(endpoint, ct).ConfigureAwait(false);
            lock (answers)
            {
                answers.Add(answer);
            }
        }).ConfigureAwait(false);

        if (Apply(endpoints, problems, answers))
        {
            _changed();
        }

        Interlocked.Increment(ref _polls);
    }

    /// <summary>The new state of each node; true when an answer in use changed, came or was dropped.</summary>
    private bool Apply(IReadOnlyList<AgentEndpoint> endpoints, IReadOnlyList<string> problems, List<AgentAnswer> answers)
    {
        var now = _time.GetUtcNow();
        var byNode = answers.ToDictionary(a => a.Endpoint.Node, StringComparer.Ordinal);
        var next = new Dictionary<string, AgentNodeStatus>(StringComparer.Ordinal);
        var changed = false;
        lock (_gate)
        {
            foreach (var node in _nodes.Keys.Union(byNode.Keys, StringComparer.Ordinal))
            {
                var before = _nodes.GetValueOrDefault(node);
                AgentNodeStatus status;
                if (byNode.TryGetValue(node, out var answer) && answer.Text is not null)
                {
                    status = new AgentNodeStatus(node, answer.Endpoint.ToString(), true, now, null) { Text = answer.Text };
                }
                else
                {
                    var error = answer?.Problem ?? $"no ready endpoint for node {node} in the EndpointSlices of {Namespace}/{_settings.Service}";
                    var kept = before?.LastAnswerAt is { } at && now - at <= _settings.KeepFor ? before.Text : null;
                    if (kept is null && before?.Text is not null)
                    {
                        error += $"; its last answer ({before.LastAnswerAt:O}) is older than {_settings.KeepFor.TotalSeconds:0.###} s and no longer used";
                    }

                    status = new AgentNodeStatus(node, answer?.Endpoint.ToString() ?? before?.Endpoint, false, before?.LastAnswerAt, error) { Text = kept };
                    if (answer is null && kept is null)
                    {
                        // Gone from the slices and its answer dropped: forgotten, so departed nodes do not pile up.
                        changed |= before?.Text is not null;
                        continue;
                    }
                }

                changed |= !string.Equals(before?.Text, status.Text, StringComparison.Ordinal);
                next[node] = status;
            }

            _nodes = next;
            _problems = problems;
            _endpoints = endpoints.Count;
        }

        return changed;
    }
}
