using System.Net.Sockets;
using System.Net;
using System.Text.Json;
using System.Text;
using MetalLb.Validation.Cli.Monitor;
using MetalLb.Validation.Cli.NodeAgent;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Cli.NodeAgent;

public sealed class AgentRoutesTests
{
    [Fact]
    public void BeforeTheFirstRound_ReadyzAndTheApi_Answer503WithTheReason()
    {
        var bed = new AgentBed();

        var (status, type, body) = AgentRoutes.Answer(bed.Rounds, null, "/readyz");
        Assert.Equal(503, status);
        Assert.Equal(AgentRoutes.Json, type);
        Assert.Contains("\"status\":\"starting\"", Encoding.UTF8.GetString(body), StringComparison.Ordinal);

        var interfaces = AgentRoutes.Answer(bed.Rounds, null, "/api/v1/interfaces");
        Assert.Equal(503, interfaces.Status);
        Assert.Equal("text/plain; charset=utf-8", interfaces.ContentType);
        Assert.Equal("node worker-2: the interfaces have not been read yet\n", Encoding.UTF8.GetString(interfaces.Body));
        Assert.Equal(503, AgentRoutes.Answer(bed.Rounds, null, "/api/v1/findings").Status);
        Assert.Equal(200, AgentRoutes.Answer(bed.Rounds, null, "/healthz").Status);
    }

    [Fact]
    public void AfterARound_ReadyzInterfacesAndFindings_Answer200()
    {
        var bed = new AgentBed { ReadInterfaces = () => AgentBed.Links(withVip: false) };
        bed.Rounds.RunRound();

        Assert.Equal(200, AgentRoutes.Answer(bed.Rounds, null, "/readyz").Status);

        var interfaces = AgentRoutes.Answer(bed.Rounds, null, "/api/v1/interfaces");
        Assert.Equal(200, interfaces.Status);
        Assert.Equal(AgentRoutes.Json, interfaces.ContentType);
        Assert.Equal(IpAddressJson.Write(AgentBed.Links(withVip: false)), interfaces.Body);

        var (status, _, body) = AgentRoutes.Answer(bed.Rounds, null, "/api/v1/findings");
        Assert.Equal(200, status);
        using var findings = JsonDocument.Parse(body);
        Assert.Equal("worker-2", findings.RootElement.GetProperty("node").GetString());
        Assert.Equal(1, findings.RootElement.GetProperty("generation").GetInt64());
        Assert.Contains(findings.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "MLB0901");
    }

    [Fact]
    public void UnknownPath_Is404_NamingThePaths()
    {
        var (status, _, body) = AgentRoutes.Answer(new AgentBed().Rounds, null, "/api/v1/nodes");

        Assert.Equal(404, status);
        Assert.Contains("/api/v1/interfaces", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverHttp_TheNodeNameHeaderIsOnEveryAnswer_AndTheAgentIsReadOnly()
    {
        var bed = new AgentBed();
        bed.Rounds.RunRound();
        var port = FreePort();
        await using var server = new MonitorHttpServer(ListenAddress.Parse($"127.0.0.1:{port}"), path => AgentRoutes.Answer(bed.Rounds, null, path), "the node agent", [("X-Node-Name", AgentBed.Node)]);
        server.Start();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };

        using (var interfaces = await http.GetAsync("api/v1/interfaces"))
        {
            Assert.Equal(HttpStatusCode.OK, interfaces.StatusCode);
            Assert.Equal("application/json; charset=utf-8", interfaces.Content.Headers.ContentType!.ToString());
            Assert.Equal(AgentBed.Node, Assert.Single(interfaces.Headers.GetValues("X-Node-Name")));
            var text = await interfaces.Content.ReadAsStringAsync();
            var set = new ConfigurationLoader().AddIpAddressJson(AgentBed.Node, text, $"agent:{AgentBed.Node}").Build();
            Assert.Contains(Assert.Single(set.NetworkStates).Interfaces, i => i.Addresses.Any(a => a.ToString() == "10.255.0.2/32"));
        }

        using (var post = await http.PostAsync("api/v1/interfaces", new StringContent("[]")))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
            Assert.Contains("the node agent is read-only", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(AgentBed.Node, Assert.Single(post.Headers.GetValues("X-Node-Name")));
        }

        Assert.Contains("metallb_validate_agent_ready{node=\"worker-2\"} 1", await http.GetStringAsync("metrics"), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
