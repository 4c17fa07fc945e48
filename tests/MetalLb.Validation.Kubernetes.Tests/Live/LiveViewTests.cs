using MetalLb.Validation.Kubernetes.Live;

namespace MetalLb.Validation.Kubernetes.Tests.Live;

/// <summary>
/// The live view against the stand-in: list then watch, ADDED/MODIFIED/DELETED, 410 Gone followed by a new list,
/// bookmarks that spare it, dropped connections, 403 with backoff, and a debounced "changed". Waits are for a
/// condition (with a generous limit), never assertions on time.
/// </summary>
public sealed class LiveViewTests
{
    private static readonly LiveViewOptions Fast = new() { Debounce = TimeSpan.FromMilliseconds(100), MinBackoff = TimeSpan.FromMilliseconds(50), MaxBackoff = TimeSpan.FromMilliseconds(400) };

    private const string NewPool = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: lab, namespace: metallb-system}
        spec:
          addresses: ["198.51.100.0/28"]
        """;

    [Fact]
    public async Task Sync_HoldsWhatAOneShotReadReturns()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        using var connection = standIn.Connect();
        await using var view = Start(connection);

        await Until(() => view.Synced);

        var once = await new ClusterReader(connection).ReadAsync("metallb-system");
        Assert.Equal(once.Objects.Select(o => o.SourceName).Order(StringComparer.Ordinal), view.Snapshot().Objects.Select(o => o.SourceName));
        Assert.Equal(once.Objects.OrderBy(o => o.SourceName, StringComparer.Ordinal).Select(o => o.Text), view.Snapshot().Objects.Select(o => o.Text));
    }

    [Fact]
    public async Task StartAsync_WatchesTheNamespaceOfMetalLbsController()
    {
        var manifests = Manifests.Cluster.Replace("namespace: metallb-system", "namespace: lb", StringComparison.Ordinal) + "\n---\n" + Manifests.ControllerDeployment;
        await using var standIn = await StandIn.StartAsync(manifests);
        using var connection = standIn.Connect();
        await using var view = await LiveView.StartAsync(connection, options: Fast);

        await Until(() => view.Synced);
        Assert.Equal("lb", view.MetalLbNamespace);
        Assert.Contains(view.Snapshot().Objects, o => o.SourceName == "cluster:IPAddressPool/lb/office-extra");
        Assert.Contains("lb/metallb-controller", view.Snapshot().NamespaceReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_SeesAddedModifiedAndDeleted_AndRaisesChanged()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        using var connection = standIn.Connect();
        await using var view = Start(connection);
        await Until(() => view.Synced && view.ChangeCount >= 1);
        var changes = view.ChangeCount;

        standIn.Apply(NewPool);
        await Until(() => Has(view, "cluster:IPAddressPool/metallb-system/lab"));
        await Until(() => view.ChangeCount > changes);

        standIn.Apply(NewPool.Replace("198.51.100.0/28", "198.51.100.16/28", StringComparison.Ordinal));
        await Until(() => Text(view, "cluster:IPAddressPool/metallb-system/lab")?.Contains("198.51.100.16/28", StringComparison.Ordinal) == true);

        standIn.Server.Store.Delete(standIn.Server.Resource("ipaddresspools.metallb.io"), "metallb-system", "lab");
        await Until(() => !Has(view, "cluster:IPAddressPool/metallb-system/lab"));
    }

    [Fact]
    public async Task Gone_ListsAgain_AndMissesNothing()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        standIn.Server.BookmarkInterval = TimeSpan.FromHours(1);
        using var connection = standIn.Connect();
        await using var view = Start(connection);
        await Until(() => view.Synced);
        var pools = Health(view, "ipaddresspools.metallb.io");

        // Other kinds move the resourceVersion on; the pools' watch, without bookmarks, stays at its list's version,
        // which compaction then forgets: its next watch is answered 410 Gone and it must list again.
        standIn.Apply("apiVersion: v1\nkind: Node\nmetadata: {name: worker-9}\n");
        standIn.Server.Store.Compact();
        standIn.Apply(NewPool);
        standIn.Server.DropWatches();

        await Until(() => Health(view, "ipaddresspools.metallb.io").Lists > pools.Lists);
        await Until(() => Has(view, "cluster:IPAddressPool/metallb-system/lab") && Has(view, "cluster:Node/worker-9"));
    }

    [Fact]
    public async Task Bookmarks_KeepTheResourceVersionCurrent_SoCompactionNeedsNoNewList()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        standIn.Server.BookmarkInterval = TimeSpan.FromHours(1);
        using var connection = standIn.Connect();
        await using var view = Start(connection);
        await Until(() => view.Synced && standIn.Server.OpenWatches == view.Health.Count);

        standIn.Apply("apiVersion: v1\nkind: Node\nmetadata: {name: worker-9}\n");
        var current = standIn.Server.Store.ResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        standIn.Server.SendBookmarks();
        await Until(() => Health(view, "ipaddresspools.metallb.io").ResourceVersion == current);
        var lists = Health(view, "ipaddresspools.metallb.io").Lists;

        standIn.Server.Store.Compact();
        standIn.Server.DropWatches();
        standIn.Apply(NewPool);

        await Until(() => Has(view, "cluster:IPAddressPool/metallb-system/lab"));
        Assert.Equal(lists, Health(view, "ipaddresspools.metallb.io").Lists);
        Assert.True(Health(view, "ipaddresspools.metallb.io").Watches > 1);
    }

    [Fact]
    public async Task DroppedConnections_AreWatchedAgain_FromWhereTheyWere()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        using var connection = standIn.Connect();
        await using var view = Start(connection);
        await Until(() => view.Synced && standIn.Server.OpenWatches == view.Health.Count);

        for (var i = 0; i < 3; i++)
        {
            standIn.Server.DropWatches();
            standIn.Apply(NewPool.Replace("name: lab", $"name: lab-{i}", StringComparison.Ordinal));
        }

        await Until(() => Enumerable.Range(0, 3).All(i => Has(view, $"cluster:IPAddressPool/metallb-system/lab-{i}")));
        Assert.Equal(1, Health(view, "ipaddresspools.metallb.io").Lists);
    }

    [Fact]
    public async Task Forbidden_IsReportedInTheHealth_AndRetriedUntilAllowed()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        standIn.Server.Forbidden["secrets"] = true;
        using var connection = standIn.Connect();
        await using var view = Start(connection);

        await Until(() => Health(view, "secrets").LastError?.Contains("403", StringComparison.Ordinal) == true);
        Assert.False(view.Synced);
        Assert.Contains(view.Snapshot().Notes, n => n.Contains("forbidden to list secrets", StringComparison.Ordinal));

        standIn.Server.Forbidden.TryRemove("secrets", out _);
        await Until(() => view.Synced && Has(view, "cluster:Secret/metallb-system/tor-password"));
        Assert.Null(Health(view, "secrets").LastError);
    }

    [Fact]
    public async Task ForbiddenNamespaces_AreANote_NotAnError_AndReadOnceAllowed()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster + "\n---\n" + Manifests.TeamPool);
        standIn.Server.Forbidden["namespaces"] = true;
        using var connection = standIn.Connect();
        await using var view = Start(connection);

        await Until(() => view.Synced);
        Assert.Null(Health(view, "namespaces").LastError);
        Assert.Contains(view.Snapshot().Notes, n => n.StartsWith("Namespaces could not be listed (403", StringComparison.Ordinal));
        Assert.DoesNotContain(view.Snapshot().Objects, o => o.Kind == "Namespace");

        standIn.Server.Forbidden.TryRemove("namespaces", out _);
        await Until(() => Has(view, "cluster:Namespace/team-a"));
        Assert.DoesNotContain(view.Snapshot().Notes, n => n.Contains("Namespaces", StringComparison.Ordinal));
        Assert.DoesNotContain("spec", Text(view, "cluster:Namespace/team-a"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutNmstate_TheViewSyncs_AndSaysSo()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster, nmstate: false);
        using var connection = standIn.Connect();
        await using var view = Start(connection);

        await Until(() => view.Synced);
        Assert.False(Health(view, "nodenetworkstates.nmstate.io").Installed);
        Assert.Contains(view.Snapshot().Notes, n => n.Contains("nodenetworkstates.nmstate.io is not installed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABurstOfChanges_IsOneChanged()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        using var connection = standIn.Connect();
        await using var view = Start(connection, Fast with { Debounce = TimeSpan.FromMilliseconds(500) });
        await Until(() => view.Synced && standIn.Server.OpenWatches == view.Health.Count);
        await Until(() => view.ChangeCount >= 1);
        var before = view.ChangeCount;

        for (var i = 0; i < 20; i++)
        {
            standIn.Apply(NewPool.Replace("name: lab", $"name: burst-{i}", StringComparison.Ordinal));
        }

        await Until(() => Has(view, "cluster:IPAddressPool/metallb-system/burst-19") && view.ChangeCount > before);
        Assert.InRange(view.ChangeCount - before, 1, 5);
    }

    private static LiveView Start(ClusterConnection connection, LiveViewOptions? options = null)
    {
        var view = new LiveView(connection, "metallb-system", "given", options ?? Fast);
        view.Start();
        return view;
    }

    private static ResourceHealth Health(LiveView view, string resource) => view.Health.Single(h => h.Resource == resource);

    private static bool Has(LiveView view, string source) => Text(view, source) is not null;

    private static string? Text(LiveView view, string source) => view.Snapshot().Objects.FirstOrDefault(o => o.SourceName == source)?.Text;

    /// <summary>Waits for a condition; the limit only keeps a broken view from hanging the suite.</summary>
    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the condition did not hold within 30 s");
    }
}
