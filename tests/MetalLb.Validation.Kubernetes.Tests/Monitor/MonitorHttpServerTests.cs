using System.Net;
using System.Net.Sockets;
using System.Text;
using MetalLb.Validation.Cli.Monitor;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor;

/// <summary>The monitor's port over real HTTP on loopback: the paths, read-only, bad requests and bursts never take it down.</summary>
public sealed class MonitorHttpServerTests
{
    [Fact]
    public async Task ServesEveryPath_OverHttp_AndStaysUpAfterBadRequests()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster);
        var port = MonitorBed.FreePort();
        await using var server = new MonitorHttpServer(bed.Monitor, ListenAddress.Parse($"127.0.0.1:{port}"));
        server.Start();
        using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/"), Timeout = TimeSpan.FromSeconds(20) };

        Assert.Equal("ok\n", await http.GetStringAsync("healthz"));
        await MonitorBed.Until(() => bed.Monitor.Readiness().Ready, "ready");
        using (var metrics = await http.GetAsync("metrics"))
        {
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            Assert.Equal("text/plain; version=0.0.4; charset=utf-8", metrics.Content.Headers.ContentType!.ToString());
            Assert.Contains("metallb_validate_build_info{", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("\"name\":\"worker-2\"", await http.GetStringAsync("api/v1/nodes/worker-2"), StringComparison.Ordinal);
        Assert.Contains("\"diagnostics\"", await http.GetStringAsync("api/v1/findings"), StringComparison.Ordinal);
        Assert.Contains("\"status\":\"ready\"", await http.GetStringAsync("readyz"), StringComparison.Ordinal);

        using (var post = await http.PostAsync("api/v1/nodes", new StringContent("{}")))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        }

        using (var missing = await http.GetAsync("api/v1/nodes/%ZZ%00/x"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        using (var head = new HttpRequestMessage(HttpMethod.Head, "metrics"))
        using (var answer = await http.SendAsync(head))
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        // Garbage on the socket, a request cut in the middle, a huge path: each ends that connection only.
        await Raw(port, "this is not HTTP\r\n\r\n");
        await Raw(port, "GET /metrics HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nabc");
        await Raw(port, $"GET /{new string('a', 70_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n");

        var burst = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => http.GetAsync("api/v1/nodes")));
        Assert.All(burst, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, r.StatusCode.ToString()));
        Assert.Contains(burst, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var r in burst)
        {
            r.Dispose();
        }

        Assert.Equal("ok\n", await http.GetStringAsync("healthz"));
    }

    [Fact]
    public async Task PortInUse_IsAPlainUsageError()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var server = new MonitorHttpServer(bed.Monitor, ListenAddress.Parse($"127.0.0.1:{port}"));
        var error = Assert.Throws<global::MetalLb.Validation.Cli.UsageException>(server.Start);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:9464", "http://127.0.0.1:9464/ http://localhost:9464/")]
    [InlineData(":9464", "http://+:9464/")]
    [InlineData("0.0.0.0:8080", "http://+:8080/")]
    [InlineData("[::1]:9464", "http://[::1]:9464/ http://localhost:9464/")]
    [InlineData("10.1.2.3:9464", "http://10.1.2.3:9464/")]
    public void ListenAddress_Prefixes(string text, string prefixes) =>
        Assert.Equal(prefixes, string.Join(' ', ListenAddress.Parse(text).Prefixes));

    [Theory]
    [InlineData("9464")]
    [InlineData("127.0.0.1:0")]
    [InlineData("127.0.0.1:70000")]
    [InlineData("example.com:9464")]
    [InlineData("127.0.0.1:")]
    public void ListenAddress_Rejects(string text) =>
        Assert.Contains("--listen", Assert.Throws<global::MetalLb.Validation.Cli.UsageException>(() => ListenAddress.Parse(text)).Message, StringComparison.Ordinal);

    private static async Task Raw(int port, string text)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text));
        client.Client.Shutdown(SocketShutdown.Send);
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            while (await stream.ReadAsync(buffer, timeout.Token) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
        }
    }
}
