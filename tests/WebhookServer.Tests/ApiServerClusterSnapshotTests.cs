using System.Net;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.MetalLb;
using WebhookServer.ApiServer;

namespace WebhookServer.Tests;

public sealed class ApiServerClusterSnapshotTests : IAsyncLifetime
{
    private static readonly string[] EveryListPath =
    [
        CannedCluster.PoolsPath, CannedCluster.PeersPath, CannedCluster.BgpAdvertisementsPath, CannedCluster.L2AdvertisementsPath,
        CannedCluster.BfdProfilesPath, CannedCluster.CommunitiesPath, CannedCluster.SecretsPath, CannedCluster.NodesPath,
        CannedCluster.NamespacesPath, CannedCluster.NetworkStatesPath,
    ];

    private ApiServerTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await ApiServerTestBed.StartAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Lists_EveryKind_WithTheServiceAccountToken()
    {
        using var snapshot = _bed.CreateSnapshot();

        var objects = await snapshot.GetObjectsAsync(CancellationToken.None);

        Assert.Equal(EveryListPath.Order(), _bed.Server.Requests.Select(r => r.Path).Order());
        Assert.All(_bed.Server.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(["public", "office"], objects.OfType<IpAddressPool>().Select(p => p.Name));
        var peer = Assert.Single(objects.OfType<BgpPeer>());
        Assert.Equal(("metallb.io/v1beta2", "fast"), (peer.ApiVersion, peer.BfdProfile));
        Assert.Single(objects.OfType<BgpAdvertisement>());
        Assert.Single(objects.OfType<L2Advertisement>());
        Assert.Equal("fast", Assert.Single(objects.OfType<BfdProfile>()).Name);
        Assert.Single(objects.OfType<Community>());
        var node = Assert.Single(objects.OfType<KubernetesNode>());
        Assert.Equal("worker-1", node.Metadata.Labels["kubernetes.io/hostname"]);
        Assert.Contains(node.Addresses, a => a.Type == "InternalIP");
        Assert.Equal("eth0", Assert.Single(Assert.Single(objects.OfType<NodeNetworkState>()).Interfaces).Name);
        Assert.Equal(["metallb-system", "default"], objects.OfType<KubernetesNamespace>().Select(n => n.Name));
        var secret = Assert.Single(objects.OfType<SecretMetadata>());
        Assert.Equal(("tor-password", "kubernetes.io/basic-auth", "password"), (secret.Name, secret.Type, Assert.Single(secret.Keys)));
        Assert.DoesNotContain(_bed.Log.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task NodeNetworkStates_NotServed_AreSkipped()
    {
        _bed.Cluster.ServeOn(_bed.Server, withNetworkStates: false);
        using var snapshot = _bed.CreateSnapshot();

        var objects = await snapshot.GetObjectsAsync(CancellationToken.None);

        Assert.Empty(objects.OfType<NodeNetworkState>());
        Assert.Single(objects.OfType<KubernetesNode>());
        Assert.Equal(1, _bed.Server.CountOf(CannedCluster.NetworkStatesPath));
    }

    [Fact]
    public async Task BgpPeers_AreListedAsV1beta1_WhenV1beta2IsNotServed()
    {
        _bed.Server.Remove(CannedCluster.PeersPath);
        _bed.Server.Serve(CannedCluster.PeersV1Beta1Path, """{"apiVersion":"metallb.io/v1beta1","kind":"BGPPeerList","metadata":{"resourceVersion":"5"},"items":[{"metadata":{"name":"old","namespace":"metallb-system"},"spec":{"myASN":64512,"peerASN":64600,"peerAddress":"10.0.0.2"}}]}""");
        using var snapshot = _bed.CreateSnapshot();

        var peer = Assert.Single((await snapshot.GetObjectsAsync(CancellationToken.None)).OfType<BgpPeer>());

        Assert.Equal(("old", "metallb.io/v1beta1"), (peer.Name, peer.ApiVersion));
    }

    [Fact]
    public async Task MetalLbKind_NotServed_FailsWithAPlainMessage()
    {
        _bed.Server.Remove(CannedCluster.CommunitiesPath);
        using var snapshot = _bed.CreateSnapshot();

        var failure = await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());

        Assert.Contains("communities.metallb.io", failure.Message, StringComparison.Ordinal);
        Assert.Contains("404", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameList_InsideTheRefreshInterval_WithoutAskingAgain()
    {
        using var snapshot = _bed.CreateSnapshot();
        var first = await snapshot.GetObjectsAsync(CancellationToken.None);
        var requests = _bed.Server.Requests.Count;

        _bed.Clock.Advance(TimeSpan.FromSeconds(4.9));
        var second = await snapshot.GetObjectsAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(requests, _bed.Server.Requests.Count);
    }

    [Fact]
    public async Task SameList_AfterARefresh_WhenOnlyRevisionsAndHeartbeatsMoved()
    {
        using var snapshot = _bed.CreateSnapshot();
        var first = await snapshot.GetObjectsAsync(CancellationToken.None);

        _bed.Cluster.ListResourceVersion = "2002";
        _bed.Cluster.NodeHeartbeat = "2025-01-01T00:05:00Z";
        _bed.Cluster.NodeResourceVersion = "1150";
        _bed.Republish();
        _bed.Clock.Advance(TimeSpan.FromSeconds(5));
        var second = await snapshot.GetObjectsAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(2, _bed.Server.CountOf(CannedCluster.NodesPath));
    }

    [Fact]
    public async Task NewList_AfterAnObjectChanged()
    {
        using var snapshot = _bed.CreateSnapshot();
        var first = await snapshot.GetObjectsAsync(CancellationToken.None);

        _bed.Cluster.PublicPoolAddress = "203.0.113.0/26";
        _bed.Cluster.PublicPoolResourceVersion = "777";
        _bed.Cluster.ListResourceVersion = "2003";
        _bed.Republish();
        _bed.Clock.Advance(TimeSpan.FromSeconds(5));
        var second = await snapshot.GetObjectsAsync(CancellationToken.None);
        _bed.Clock.Advance(TimeSpan.FromSeconds(5));
        var third = await snapshot.GetObjectsAsync(CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal("203.0.113.0/26", second.OfType<IpAddressPool>().First().Addresses.Single().Text);
        Assert.Same(second, third);
    }

    [Fact]
    public async Task ApiServerFailing_ServesTheLastGoodList_ThenDeniesWithAPlainMessage()
    {
        using var snapshot = _bed.CreateSnapshot();
        var good = await snapshot.GetObjectsAsync(CancellationToken.None);
        _bed.Server.FailWith = HttpStatusCode.InternalServerError;

        _bed.Clock.Advance(TimeSpan.FromSeconds(30));
        var stale = await snapshot.GetObjectsAsync(CancellationToken.None);
        _bed.Clock.Advance(TimeSpan.FromSeconds(31));
        var failure = await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());

        Assert.Same(good, stale);
        Assert.Contains("500", failure.Message, StringComparison.Ordinal);
        Assert.Contains("etcdserver: request timed out", failure.Message, StringComparison.Ordinal);
        Assert.Contains("61 s", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains(_bed.Log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Text.Contains("500", StringComparison.Ordinal));

        _bed.Server.FailWith = null;
        _bed.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Same(good, await snapshot.GetObjectsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ApiServerFailing_AsksAgainOnlyAfterTheRefreshInterval()
    {
        _bed.Server.FailWith = HttpStatusCode.Forbidden;
        using var snapshot = _bed.CreateSnapshot();

        var first = await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());
        var requests = _bed.Server.Requests.Count;
        await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());

        Assert.Contains("403", first.Message, StringComparison.Ordinal);
        Assert.Equal(requests, _bed.Server.Requests.Count);
    }

    [Fact]
    public async Task SecretValues_AreNeitherInTheObjects_NorInTheLogs_NorInFailures()
    {
        using var snapshot = _bed.CreateSnapshot();
        var objects = await snapshot.GetObjectsAsync(CancellationToken.None);
        _bed.Server.FailWith = HttpStatusCode.ServiceUnavailable;
        _bed.Clock.Advance(TimeSpan.FromMinutes(5));
        var failure = await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());

        var exposed = ReachableStrings.From(objects).Append(_bed.Log.All).Append(failure.ToString()).ToList();

        Assert.Contains(exposed, s => s.Contains("tor-password", StringComparison.Ordinal));
        Assert.DoesNotContain(exposed, s => s.Contains(CannedCluster.SecretValue, StringComparison.Ordinal));
        Assert.DoesNotContain(exposed, s => s.Contains(CannedCluster.SecretValueBase64, StringComparison.Ordinal));
        Assert.DoesNotContain("kubectl.kubernetes.io/last-applied-configuration", Assert.Single(objects.OfType<SecretMetadata>()).Metadata.Annotations.Keys);
    }

    [Fact]
    public async Task RotatedToken_IsReadAgain_WhenTheApiServerRejectsTheOldOne()
    {
        using var snapshot = _bed.CreateSnapshot();
        await snapshot.GetObjectsAsync(CancellationToken.None);

        _bed.RotateToken("token-2");
        _bed.Clock.Advance(TimeSpan.FromSeconds(5));
        var objects = await snapshot.GetObjectsAsync(CancellationToken.None);

        Assert.NotEmpty(objects);
        Assert.Equal("Bearer token-2", _bed.Server.Requests.Last().Authorization);
    }

    [Fact]
    public async Task Token_IsReadAgain_OnSchedule()
    {
        using var snapshot = _bed.CreateSnapshot();
        await snapshot.GetObjectsAsync(CancellationToken.None);

        _bed.RotateToken("token-3");
        _bed.Clock.Advance(TimeSpan.FromMinutes(1));
        await snapshot.GetObjectsAsync(CancellationToken.None);

        Assert.All(_bed.Server.Requests.Skip(EveryListPath.Length), r => Assert.Equal("Bearer token-3", r.Authorization));
    }

    [Fact]
    public async Task ConcurrentRequests_ShareOneRound()
    {
        var gate = new TaskCompletionSource();
        _bed.Server.Gate = gate.Task;
        using var snapshot = _bed.CreateSnapshot();

        var first = snapshot.GetObjectsAsync(CancellationToken.None).AsTask();
        var second = snapshot.GetObjectsAsync(CancellationToken.None).AsTask();
        gate.SetResult();

        Assert.Same(await first, await second);
        Assert.Equal(1, _bed.Server.CountOf(CannedCluster.PoolsPath));
    }

    [Fact]
    public async Task CancelledRequest_StopsWaiting_TheRoundGoesOnForOthers()
    {
        var gate = new TaskCompletionSource();
        _bed.Server.Gate = gate.Task;
        using var snapshot = _bed.CreateSnapshot();
        using var cancel = new CancellationTokenSource();

        var cancelled = snapshot.GetObjectsAsync(cancel.Token).AsTask();
        var waiting = snapshot.GetObjectsAsync(CancellationToken.None).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        gate.SetResult();

        Assert.NotEmpty(await waiting);
    }

    [Fact]
    public async Task ServerCertificate_FromAnotherCa_IsRejected()
    {
        var (otherAuthority, _) = TestCertificates.CreateAuthorityAndServer("CN=another CA");
        var otherCa = _bed.CaPath + ".other";
        await File.WriteAllTextAsync(otherCa, otherAuthority.ExportCertificatePem());
        using var snapshot = _bed.CreateSnapshot(_bed.Settings with { CaPath = otherCa });

        var failure = await Assert.ThrowsAsync<ClusterSnapshotUnavailableException>(() => snapshot.GetObjectsAsync(CancellationToken.None).AsTask());

        Assert.Contains("SSL", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_bed.Server.Requests);
    }
}
