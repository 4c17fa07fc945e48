using MetalLb.Validation.Kubernetes.Live;
using MetalLb.Validation.Kubernetes.Tests.Monitor;

namespace MetalLb.Validation.Kubernetes.Tests.Live;

/// <summary>
/// The webhook's view of the cluster: what one read gives, one list instance per change, and a plain
/// <see cref="ClusterAccessException"/> (never an empty cluster) before the first full list.
/// </summary>
public sealed class LiveClusterSnapshotTests
{
    private static readonly LiveViewOptions Fast = new() { Debounce = TimeSpan.FromMilliseconds(100), MinBackoff = TimeSpan.FromMilliseconds(50), MaxBackoff = TimeSpan.FromMilliseconds(400) };

    [Fact]
    public async Task Synced_ServesWhatAOneShotReadLoads()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        using var connection = standIn.Connect();
        await using var snapshot = LiveClusterSnapshot.Start(new LiveView(connection, "metallb-system", "given", Fast), TimeSpan.FromSeconds(60), null);
        await MonitorBed.Until(() => snapshot.Ready, "ready");

        var objects = await snapshot.GetObjectsAsync(CancellationToken.None);

        var once = (await new ClusterReader(connection).ReadAsync("metallb-system")).AddTo(new Loading.ConfigurationLoader()).Build().Objects;
        Assert.Equal(once.Select(o => o.Ref.ToString()).Order(StringComparer.Ordinal), objects.Select(o => o.Ref.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains($"{objects.Count} objects", snapshot.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheFirstFullList_RequestsGetAPlainNotCurrent()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        standIn.Server.Forbidden["nodes"] = true;
        using var connection = standIn.Connect();
        await using var snapshot = LiveClusterSnapshot.Start(new LiveView(connection, "metallb-system", "given", Fast), TimeSpan.FromSeconds(60), null);
        await MonitorBed.Until(() => snapshot.Status.Contains("403", StringComparison.Ordinal), "the 403 in the status");

        var failure = await Assert.ThrowsAsync<ClusterAccessException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());

        Assert.Equal(ClusterAccessFailure.NotCurrent, failure.Failure);
        Assert.Contains("nodes", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Manifests.SecretValue, failure.Message, StringComparison.Ordinal);
        Assert.False(snapshot.Ready);
    }
}
