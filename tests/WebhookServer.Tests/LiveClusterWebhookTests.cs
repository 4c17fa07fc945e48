using System.Net;
using static WebhookServer.Tests.AdmissionReviews;

namespace WebhookServer.Tests;

/// <summary>
/// The webhook server validating against the cluster it watches in the API server stand-in: denials from listed
/// objects, changes seen through the watch without a new list, readiness only once listed, 503 when the API forbids it.
/// </summary>
public sealed class LiveClusterWebhookTests : IAsyncLifetime
{
    private const string PoolsPath = "/apis/metallb.io/v1beta1/namespaces/metallb-system/ipaddresspools";

    private LiveClusterBed _bed = null!;
    private WebhookServer.Cluster.LiveClusterSource _source = null!;
    private WebhookHost _webhook = null!;

    public async Task InitializeAsync()
    {
        _bed = await LiveClusterBed.StartAsync();
        _source = _bed.CreateSource();
        _webhook = await WebhookHost.StartAsync(_source);
    }

    public async Task DisposeAsync()
    {
        await _webhook.DisposeAsync();
        await _source.DisposeAsync();
        await _bed.DisposeAsync();
    }

    [Fact]
    public async Task Delete_OfABfdProfileUsedByAWatchedPeer_IsDenied()
    {
        await WhenReady();

        var response = await PostAsync(_webhook.Client, Review("DELETE", "BFDProfile", "bfdprofiles", null, name: "fast"));

        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Contains("MLB1210", response["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OfAPoolOverlappingAWatchedPool_IsDenied_AndAClearOneAllowed()
    {
        await WhenReady();

        var overlapping = await PostAsync(_webhook.Client, Review("CREATE", "IPAddressPool", "ipaddresspools", Pool("public-extra", "203.0.113.64/26")));
        var clear = await PostAsync(_webhook.Client, Review("CREATE", "IPAddressPool", "ipaddresspools", Pool("lab", "198.51.100.0/28")));

        Assert.False(overlapping["allowed"]!.GetValue<bool>());
        Assert.Contains("MLB0104", overlapping["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(clear["allowed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AChangeInTheCluster_IsSeenByTheNextRequests_ThroughTheWatch_WithoutANewList()
    {
        await WhenReady();
        var review = Review("CREATE", "IPAddressPool", "ipaddresspools", Pool("lab-2", "198.51.100.8/29"));
        Assert.True((await PostAsync(_webhook.Client, review))["allowed"]!.GetValue<bool>());
        var lists = _bed.Lists(PoolsPath);
        Assert.True(lists >= 1, "the pools were listed once");

        _bed.Apply("""
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata: {name: lab, namespace: metallb-system}
            spec:
              addresses: ["198.51.100.0/28"]
            """);

        await LiveClusterBed.Until(async () => !(await PostAsync(_webhook.Client, review))["allowed"]!.GetValue<bool>(), "a denial of the pool overlapping the new one");
        Assert.Equal(lists, _bed.Lists(PoolsPath));
    }

    [Fact]
    public async Task TheSameList_IsServed_UntilTheClusterChanges()
    {
        await WhenReady();
        var first = await _source.GetObjectsAsync(CancellationToken.None);
        Assert.Same(first, await _source.GetObjectsAsync(CancellationToken.None));

        _bed.Apply("apiVersion: v1\nkind: Node\nmetadata: {name: worker-2}\n");

        await LiveClusterBed.Until(async () => !ReferenceEquals(first, await _source.GetObjectsAsync(CancellationToken.None)), "a new list after the change");
        var second = await _source.GetObjectsAsync(CancellationToken.None);
        Assert.Equal(first.Count + 1, second.Count);
        Assert.Same(second, await _source.GetObjectsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Forbidden_ToList_IsNotReady_AndEveryRequestIs503_UntilAllowed()
    {
        await using var bed = await LiveClusterBed.StartAsync();
        bed.Server.Forbidden["bfdprofiles.metallb.io"] = true;
        await using var source = bed.CreateSource();
        await using var webhook = await WebhookHost.StartAsync(source);

        await LiveClusterBed.Until(() => Task.FromResult(source.Status.Reason.Contains("403", StringComparison.Ordinal)), "the 403 in the readiness");
        using (var readyz = await webhook.Client.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, readyz.StatusCode);
            var reason = await readyz.Content.ReadAsStringAsync();
            Assert.StartsWith("not ready: not every resource has been listed", reason, StringComparison.Ordinal);
            Assert.Contains("bfdprofiles", reason, StringComparison.Ordinal);
        }

        var response = await PostAsync(webhook.Client, Review("DELETE", "BFDProfile", "bfdprofiles", null, name: "fast"));
        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Equal(503, response["status"]!["code"]!.GetValue<int>());
        var message = response["status"]!["message"]!.GetValue<string>();
        Assert.Contains("forbidden", message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\n\s+at ", message);
        Assert.DoesNotContain(LiveClusterBed.SecretValue, message, StringComparison.Ordinal);

        bed.Server.Forbidden.TryRemove("bfdprofiles.metallb.io", out _);
        await LiveClusterBed.Until(() => ReadyAsync(webhook), "ready once listing is allowed");
        Assert.False((await PostAsync(webhook.Client, Review("DELETE", "BFDProfile", "bfdprofiles", null, name: "fast")))["allowed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AWatchFailingLongerThanAllowed_IsNotCurrent_And503()
    {
        await using var bed = await LiveClusterBed.StartAsync();
        await using var source = bed.CreateSource(maxStaleness: TimeSpan.Zero);
        await using var webhook = await WebhookHost.StartAsync(source);
        await LiveClusterBed.Until(() => ReadyAsync(webhook), "ready");

        bed.Server.Forbidden["ipaddresspools.metallb.io"] = true;
        bed.Server.DropWatches();

        await LiveClusterBed.Until(async () => !await ReadyAsync(webhook), "not ready once the watch fails");
        Assert.Contains("has not been followed", source.Status.Reason, StringComparison.Ordinal);
        var response = await PostAsync(webhook.Client, Review("CREATE", "IPAddressPool", "ipaddresspools", Pool("lab", "198.51.100.0/28")));
        Assert.Equal(503, response["status"]!["code"]!.GetValue<int>());
    }

    private static async Task<bool> ReadyAsync(WebhookHost webhook)
    {
        using var readyz = await webhook.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        return readyz.StatusCode == HttpStatusCode.OK;
    }

    private Task WhenReady() => LiveClusterBed.Until(() => ReadyAsync(_webhook), "the webhook ready");
}
