using MetalLb.Validation.Kubernetes;
using MetalLb.Validation.Kubernetes.Live;
using MetalLb.Validation.Kubernetes.Reading;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// <c>node-check --watch --cluster</c>: each round's configuration from the live view the monitor and the webhook use
/// (list and watch of MetalLB's objects, Nodes, NodeNetworkStates and Secrets' metadata). The view starts in the first
/// round that can reach the API server; until it is listed and while it is stale, a round fails with the reason and
/// the agent keeps its last good state.
/// </summary>
internal sealed class ClusterConfiguration(ClusterConnection connection, string? metalLbNamespace, LoadLimits limits, LiveViewOptions? viewOptions = null) : IAsyncDisposable
{
    /// <summary>How long the last good view is used while the API server cannot be read; the interfaces stay current.</summary>
    public static readonly TimeSpan MaxStaleness = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private LiveClusterSnapshot? _snapshot;

    /// <summary>The configuration now; throws when the view cannot give a current one (a failed round).</summary>
    public ConfigurationSet Load(IReadOnlyList<(string Node, string File)> ipAddrFiles)
    {
        var snapshot = Snapshot();
        var objects = snapshot.GetObjectsAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        var loader = new ConfigurationLoader(limits).AddObjects(objects);
        foreach (var (node, file) in ipAddrFiles)
        {
            loader.AddIpAddressJsonFile(node, file);
        }

        return loader.Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (_snapshot is not null)
        {
            await _snapshot.DisposeAsync().ConfigureAwait(false);
        }
    }

    private LiveClusterSnapshot Snapshot()
    {
        lock (_gate)
        {
            if (_snapshot is null)
            {
                var (ns, reason) = metalLbNamespace is { Length: > 0 }
                    ? (metalLbNamespace, "given with --metallb-namespace")
                    : MetalLbNamespaceFinder.FindAsync(connection.Api, [], CancellationToken.None).GetAwaiter().GetResult();
                _snapshot = LiveClusterSnapshot.Start(new LiveView(connection, ns, reason, viewOptions), MaxStaleness, limits);
            }

            return _snapshot;
        }
    }
}
