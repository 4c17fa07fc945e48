using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;

namespace WebhookServer.Tests;

/// <summary>The server's bounds: body size on HTTP/1.1 and HTTP/2, validation slots, the caller's deadline, health.</summary>
public sealed class ValidateLimitsTests
{
    private const string Pool = """{"apiVersion":"metallb.io/v1beta1","kind":"IPAddressPool","metadata":{"name":"office","namespace":"metallb-system"},"spec":{"addresses":["192.168.60.0/28"]}}""";

    private static string Review(string uid) =>
        $$$"""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"{{{uid}}}","kind":{"group":"metallb.io","version":"v1beta1","kind":"IPAddressPool"},"namespace":"metallb-system","name":"office","operation":"CREATE","object":{{{Pool}}}}}""";

    private static ConfigurationSetSnapshot Cluster() => new(ConfigurationLoader.LoadText(WebhookServerFixture.Cluster, "cluster.yaml"));

    private static async Task<JsonNode> PostAsync(HttpClient client, HttpContent content, string path = "/validate")
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["response"]!;
    }

    [Theory]
    [InlineData("1.1", true)]
    [InlineData("2.0", true)]
    [InlineData("2.0", false)]
    public async Task BodyOverTheLimit_IsAnswered_AndTheConnectionServesTheNextRequest(string version, bool declareLength)
    {
        await using var host = await WebhookHost.StartAsync(Cluster(), httpVersion: Version.Parse(version));
        var body = new byte[AdmissionHandler.MaxReviewBytes + (4 * 1024 * 1024)];
        Array.Fill(body, (byte)' ');
        using HttpContent content = declareLength ? new ByteArrayContent(body) : new StreamContent(new UnknownLengthStream(body));

        JsonNode? refused = null;
        try
        {
            refused = await PostAsync(host.Client, content);
        }
        catch (HttpRequestException) when (version == "1.1")
        {
            // HTTP/1.1 has no way to stop an upload but closing the connection; HttpClient, still writing, sees that.
        }

        using var next = new StringContent(Review("after"), Encoding.UTF8, "application/json");
        var answered = await PostAsync(host.Client, next);

        if (version != "1.1")
        {
            Assert.NotNull(refused);
        }

        if (refused is not null)
        {
            Assert.Equal(413, refused["status"]!["code"]!.GetValue<int>());
            Assert.Contains("larger than 8 MiB", refused["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.True(answered["allowed"]!.GetValue<bool>());
        Assert.Equal("after", answered["uid"]!.GetValue<string>());
    }

    [Fact]
    public async Task InvalidUtf8InUid_Gets400_NotA500()
    {
        await using var host = await WebhookHost.StartAsync(Cluster());
        var bytes = Encoding.UTF8.GetBytes(Review("UID")).AsSpan().ToArray();
        var at = Encoding.UTF8.GetString(bytes).IndexOf("UID", StringComparison.Ordinal);
        bytes[at] = 0xff;
        using var content = new ByteArrayContent(bytes);

        var response = await PostAsync(host.Client, content);

        Assert.Equal(400, response["status"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task NoSlotInTime_IsRefusedWithTheUid_AndHealthzStillAnswers()
    {
        var snapshot = new BlockingSnapshot();
        await using var host = await WebhookHost.StartAsync(snapshot, s => s with { MaxConcurrentValidations = 1 });
        using var first = new StringContent(Review("first"), Encoding.UTF8, "application/json");
        var holding = host.Client.PostAsync(new Uri("/validate?timeout=30s", UriKind.Relative), first);
        await snapshot.Entered;

        using var second = new StringContent(Review("second"), Encoding.UTF8, "application/json");
        var refused = await PostAsync(host.Client, second, "/validate?timeout=1s");
        var health = await host.Client.GetStringAsync(new Uri("/healthz", UriKind.Relative));
        snapshot.Release();
        using var held = await holding;

        Assert.Equal(429, refused["status"]!["code"]!.GetValue<int>());
        Assert.Equal("second", refused["uid"]!.GetValue<string>());
        Assert.Contains("busy", refused["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("ok", health);
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
    }

    [Fact]
    public async Task TheCallersDeadline_CancelsTheWork_AndIsAnswered()
    {
        var snapshot = new BlockingSnapshot();
        await using var host = await WebhookHost.StartAsync(snapshot);
        using var content = new StringContent(Review("late"), Encoding.UTF8, "application/json");

        var response = await PostAsync(host.Client, content, "/validate?timeout=1s");

        Assert.Equal(504, response["status"]!["code"]!.GetValue<int>());
        Assert.Equal("late", response["uid"]!.GetValue<string>());
        Assert.Equal(1, snapshot.Cancelled);
    }

    [Fact]
    public async Task ACallerThatLeaves_CancelsItsValidation()
    {
        var snapshot = new BlockingSnapshot();
        await using var host = await WebhookHost.StartAsync(snapshot);
        using var content = new StringContent(Review("gone"), Encoding.UTF8, "application/json");
        using var leave = new CancellationTokenSource();

        var call = host.Client.PostAsync(new Uri("/validate?timeout=30s", UriKind.Relative), content, leave.Token);
        await snapshot.Entered;
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (snapshot.Cancelled == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(1, snapshot.Cancelled);
    }

    [Fact]
    public async Task Readyz_IsReady_WithAGoodSnapshot()
    {
        await using var host = await WebhookHost.StartAsync(Cluster());

        using var response = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("ready: 3 objects", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_IsNotReady_WhenTheSnapshotFails_AndSaysWhy()
    {
        var directory = Path.Combine(Path.GetTempPath(), "no-such-manifests-" + Guid.NewGuid().ToString("N"));
        using var snapshot = new Manifests.WatchedManifestsSnapshot(new Manifests.ManifestsSettings { Directory = directory });
        await using var host = await WebhookHost.StartAsync(snapshot);
        using var content = new StringContent(Review("u"), Encoding.UTF8, "application/json");

        var denied = await PostAsync(host.Client, content);
        using var response = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("does not exist", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(503, denied["status"]!["code"]!.GetValue<int>());
        Assert.Contains("does not exist", denied["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10s", 8.0)]
    [InlineData("1m0s", 24.0)]
    [InlineData("2.5s", 2.0)]
    [InlineData("500ms", 0.4)]
    [InlineData("5m", 24.0)]
    [InlineData("ten", 4.0)]
    [InlineData("", 4.0)]
    [InlineData(null, 4.0)]
    public void Deadline_FromTheTimeoutQuery_OrTheConfiguredTimeout(string? query, double seconds) =>
        Assert.Equal(seconds, Validate.RequestDeadline.Budget(query, TimeSpan.FromSeconds(5)).TotalSeconds, precision: 6);

    /// <summary>A body without Content-Length (chunked on HTTP/1.1, plain DATA frames on HTTP/2).</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
