using MetalLb.Validation.Diagnostics;
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

    [Fact]
    public async Task Namespaces_AreWatched_SoMissingOnesAreReported_UntilCreated()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster + "\n---\n" + Manifests.TeamPool);
        using var connection = standIn.Connect();
        await using var snapshot = LiveClusterSnapshot.Start(new LiveView(connection, "metallb-system", "given", Fast), TimeSpan.FromSeconds(60), null);
        await MonitorBed.Until(() => snapshot.Ready, "ready");

        var unknown = await UnknownNamespacesAsync(snapshot);
        Assert.Equal(["spec.serviceAllocation.namespaces[1]"], unknown.Select(d => d.Path));
        Assert.Equal("cluster:IPAddressPool/metallb-system/teams", unknown[0].Location.File);

        standIn.Apply(Manifests.TeamB);
        for (var i = 0; i < 600 && (await UnknownNamespacesAsync(snapshot)).Count > 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Empty(await UnknownNamespacesAsync(snapshot));
    }

    [Fact]
    public async Task ForbiddenNamespaces_DoNotKeepItFromBeingReady()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster + "\n---\n" + Manifests.TeamPool);
        standIn.Server.Forbidden["namespaces"] = true;
        using var connection = standIn.Connect();
        await using var snapshot = LiveClusterSnapshot.Start(new LiveView(connection, "metallb-system", "given", Fast), TimeSpan.FromSeconds(60), null);
        await MonitorBed.Until(() => snapshot.Ready, "ready although Namespaces are forbidden");

        Assert.Empty(await UnknownNamespacesAsync(snapshot));
        Assert.DoesNotContain(await snapshot.GetObjectsAsync(CancellationToken.None), o => o.Kind == "Namespace");
    }

    private static async Task<List<Diagnostic>> UnknownNamespacesAsync(LiveClusterSnapshot snapshot)
    {
        var objects = await snapshot.GetObjectsAsync(CancellationToken.None);
        var report = new MetalLbValidator().Validate(new Loading.ConfigurationLoader().AddObjects(objects).Build());
        return [.. report.Diagnostics.Where(d => d.RuleId == MetalLbRules.PoolNamespaceUnknown.Id)];
    }
}
