using System.Threading.Channels;
using MetalLb.Validation.Kubernetes.Api;

namespace MetalLb.Validation.Kubernetes.Live;

/// <summary>
/// The cluster kept current: one informer per resource (MetalLB's kinds and Secrets in MetalLB's namespace, Nodes,
/// NodeNetworkStates, Namespaces) and a debounced <see cref="Changed"/> raised once the changes pause. For the monitor and the
/// webhook's in-cluster snapshot; <see cref="Snapshot"/> reads the whole view at once.
/// </summary>
internal sealed class LiveView : IAsyncDisposable
{
    private readonly ClusterConnection _connection;
    private readonly string _namespaceReason;
    private readonly LiveViewOptions _options;
    private readonly List<ResourceInformer> _informers;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _tasks = [];

    public LiveView(ClusterConnection connection, string metalLbNamespace, string namespaceReason, LiveViewOptions? options = null)
    {
        _connection = connection;
        MetalLbNamespace = metalLbNamespace;
        _namespaceReason = namespaceReason;
        _options = options ?? new LiveViewOptions();
        _informers =
        [
            .. ApiResource.MetalLb.Select(r => new ResourceInformer(connection.Api, r, metalLbNamespace, _options, Signal)),
            new ResourceInformer(connection.Api, ApiResource.Nodes, null, _options, Signal),
            new ResourceInformer(connection.Api, ApiResource.NodeNetworkStates, null, _options, Signal),
            new ResourceInformer(connection.Api, ApiResource.Secrets, metalLbNamespace, _options, Signal),
            new ResourceInformer(connection.Api, ApiResource.Namespaces, null, _options, Signal),
        ];
    }

    /// <summary>
    /// A started view of MetalLB's namespace: <paramref name="metalLbNamespace"/>, else its controller Deployment's (as
    /// <see cref="ClusterReader"/> finds it), else metallb-system.
    /// </summary>
    public static async Task<LiveView> StartAsync(ClusterConnection connection, string? metalLbNamespace = null, LiveViewOptions? options = null, CancellationToken cancellationToken = default)
    {
        var notes = new List<string>();
        var (ns, reason) = metalLbNamespace is { Length: > 0 }
            ? (metalLbNamespace, "given by the caller")
            : await Reading.MetalLbNamespaceFinder.FindAsync(connection.Api, notes, cancellationToken).ConfigureAwait(false);
        var view = new LiveView(connection, ns, reason, options);
        view.Start();
        return view;
    }

    /// <summary>Raised after changes, once none has come for the debounce time; never concurrently with itself.</summary>
    public event EventHandler? Changed;

    public string MetalLbNamespace { get; }

    public string Server => _connection.Server;

    /// <summary>How many times <see cref="Changed"/> was raised.</summary>
    public int ChangeCount { get; private set; }

    /// <summary>True once every resource has been listed (or found not installed).</summary>
    public bool Synced => _informers.All(i => i.Health.Synced);

    public IReadOnlyList<ResourceHealth> Health => [.. _informers.Select(i => i.Health)];

    public void Start()
    {
        foreach (var informer in _informers)
        {
            _tasks.Add(Task.Run(() => informer.RunAsync(_stop.Token)));
        }

        _tasks.Add(Task.Run(DebounceAsync));
    }

    /// <summary>The whole view now, as a one-shot read would have returned it.</summary>
    public ClusterSnapshot Snapshot()
    {
        var objects = _informers.SelectMany(i => i.Objects).OrderBy(o => o.SourceName, StringComparer.Ordinal).ToList();
        var notes = _informers.Select(i => i.Health.Note).OfType<string>()
            .Concat(_informers.Where(i => i.Health.LastError is not null).Select(i => i.Health.LastError!)).ToList();
        return new ClusterSnapshot(_connection.Server, _connection.Context, _connection.InCluster, MetalLbNamespace, _namespaceReason, objects, notes);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _signals.Writer.TryComplete();
        await Task.WhenAll(_tasks).ConfigureAwait(false);
        _stop.Dispose();
    }

    private void Signal() => _signals.Writer.TryWrite(true);

    private async Task DebounceAsync()
    {
        try
        {
            while (await _signals.Reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                _signals.Reader.TryRead(out _);
                // Quiet time: every signal during it restarts it, so a burst of events is one change.
                do
                {
                    await Task.Delay(_options.Debounce, _stop.Token).ConfigureAwait(false);
                }
                while (_signals.Reader.TryRead(out _));

                ChangeCount++;
                Changed?.Invoke(this, EventArgs.Empty);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
