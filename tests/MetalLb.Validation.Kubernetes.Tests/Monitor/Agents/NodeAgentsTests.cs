using System.Text.Json;
using MetalLb.Validation.Cli.Monitor.Agents;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor.Agents;

/// <summary>
/// The monitor with node agents against the stand-in: worker-2 has no NodeNetworkState, its agent (an in-test HTTP
/// server per the contract) answers its interfaces through the agents' EndpointSlice. Waits are on conditions only.
/// </summary>
public sealed class NodeAgentsTests
{
    private const string Missing = """metallb_validate_findings{rule="MLB0901",severity="error",node="worker-2",namespace="metallb-system"} 1""";

    [Fact]
    public async Task Story_TheAgentsAnswerLosesTheVip_FindingNamesTheAgent_ThenClears()
    {
        await using var agent = new FakeAgent("worker-2", AgentBed.IpJson("10.0.0.12", "10.255.0.2"));
        await using var bed = await MonitorBed.StartAsync(AgentBed.Cluster + "\n---\n" + AgentBed.Slice("worker-2", agent.Port), AgentBed.Settings());
        await MonitorBed.Until(() => Source(bed, "worker-2").GetProperty("kind").GetString() == "agent", "worker-2's interfaces from its agent");
        var node = Node(bed, "worker-2");
        Assert.Equal("lo", node.GetProperty("sessions")[0].GetProperty("sourceInterface").GetString());
        Assert.Equal("agent:worker-2 (ip -j address show)", node.GetProperty("interfaceOrigin").GetString());
        Assert.Equal($"127.0.0.1:{agent.Port}", node.GetProperty("interfaceSource").GetProperty("agent").GetProperty("endpoint").GetString());
        Assert.Equal("NodeNetworkState", Source(bed, "worker-1").GetProperty("kind").GetString());
        var metrics = bed.Get("/metrics").Body;
        Assert.Contains("""metallb_validate_node_agent_up{node="worker-2"} 1""", metrics, StringComparison.Ordinal);
        Assert.Contains("""metallb_validate_node_interface_source{node="worker-2",source="agent"} 1""", metrics, StringComparison.Ordinal);
        Assert.Contains("""metallb_validate_node_agent_last_answer_timestamp_seconds{node="worker-2"}""", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("MLB0901", metrics, StringComparison.Ordinal);

        agent.Body = AgentBed.IpJson("10.0.0.22", vip: null);
        await MonitorBed.Until(() => bed.Get("/metrics").Body.Contains(Missing, StringComparison.Ordinal), "MLB0901 for worker-2 once its agent's answer lacks the VIP");
        var finding = Node(bed, "worker-2").GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "MLB0901");
        Assert.Contains("interfaces from agent:worker-2", finding.GetProperty("message").GetString(), StringComparison.Ordinal);

        agent.Body = AgentBed.IpJson("10.0.0.22", "10.255.0.2");
        await MonitorBed.Until(() => !bed.Get("/metrics").Body.Contains("MLB0901", StringComparison.Ordinal), "MLB0901 gone once the VIP is back");
        Assert.Equal(0, bed.Monitor.Failures);
    }

    [Fact]
    public async Task AgentGone_LastAnswerKeptForTheBound_ThenDropped()
    {
        await using var agent = new FakeAgent("worker-2", AgentBed.IpJson("10.0.0.22", vip: null));
        await using var bed = await MonitorBed.StartAsync(AgentBed.Cluster + "\n---\n" + AgentBed.Slice("worker-2", agent.Port), AgentBed.Settings());
        await MonitorBed.Until(() => bed.Get("/metrics").Body.Contains(Missing, StringComparison.Ordinal), "MLB0901 from the agent's answer");

        agent.Stop();
        await MonitorBed.Until(() => bed.Get("/metrics").Body.Contains("""metallb_validate_node_agent_up{node="worker-2"} 0""", StringComparison.Ordinal), "agent down in /metrics");
        var status = bed.Monitor.Agents!.Nodes["worker-2"];
        // Refused, or cut off on a connection kept alive from before: the agent is gone either way.
        Assert.Matches("cannot be reached|broke off|answered 503", status.LastError);
        Assert.NotNull(status.LastAnswerAt);

        await MonitorBed.Until(() => Source(bed, "worker-2").GetProperty("kind").GetString() == "none", "answer dropped after 3 intervals");
        var metrics = bed.Get("/metrics").Body;
        Assert.DoesNotContain("MLB0901", metrics, StringComparison.Ordinal);
        Assert.Contains("""metallb_validate_node_interface_source{node="worker-2",source="none"} 1""", metrics, StringComparison.Ordinal);
        Assert.Contains("""metallb_validate_node_agent_answer_kept{node="worker-2"} 0""", metrics, StringComparison.Ordinal);
        using var readyz = JsonDocument.Parse(bed.Get("/readyz").Body);
        var agents = readyz.RootElement.GetProperty("nodeAgents");
        Assert.Equal("metallb-system", agents.GetProperty("namespace").GetString());
        var worker2 = agents.GetProperty("nodes").EnumerateArray().Single();
        Assert.False(worker2.GetProperty("up").GetBoolean());
        Assert.Contains("no longer used", worker2.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Contains("0 of 1 answering", readyz.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodeNetworkStatePresent_TheAgentIsIgnored()
    {
        // worker-1's NodeNetworkState holds its VIP; its agent says otherwise: nmstate wins.
        await using var agent = new FakeAgent("worker-1", AgentBed.IpJson("10.0.0.11", vip: null));
        await using var bed = await MonitorBed.StartAsync(AgentBed.Cluster + "\n---\n" + AgentBed.Slice("worker-1", agent.Port), AgentBed.Settings());
        await MonitorBed.Until(() => Source(bed, "worker-1").TryGetProperty("agent", out var a) && a.GetProperty("answerKept").GetBoolean(), "worker-1's agent answered");
        var source = Source(bed, "worker-1");
        Assert.Equal("NodeNetworkState", source.GetProperty("kind").GetString());
        Assert.Equal("cluster:NodeNetworkState/worker-1", source.GetProperty("source").GetString());
        Assert.False(source.GetProperty("agent").GetProperty("used").GetBoolean());
        Assert.Equal("NodeNetworkState", Node(bed, "worker-1").GetProperty("interfaceOrigin").GetString());
        Assert.DoesNotContain("MLB0901", bed.Get("/metrics").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongNodeName_IsNotUsed_AndSaysWhy()
    {
        await using var agent = new FakeAgent("worker-2", AgentBed.IpJson("10.0.0.12", "10.255.0.2")) { NodeName = "worker-7" };
        await using var bed = await MonitorBed.StartAsync(AgentBed.Cluster + "\n---\n" + AgentBed.Slice("worker-2", agent.Port), AgentBed.Settings());
        await MonitorBed.Until(() => bed.Monitor.Agents?.Nodes.GetValueOrDefault("worker-2")?.LastError is not null && bed.Monitor.Readiness().Ready, "worker-2's agent polled");
        Assert.Contains("answered as node 'worker-7', not 'worker-2'", bed.Monitor.Agents!.Nodes["worker-2"].LastError, StringComparison.Ordinal);
        Assert.Equal("none", Source(bed, "worker-2").GetProperty("kind").GetString());

        agent.NodeName = null;
        await MonitorBed.Until(() => bed.Monitor.Agents!.Nodes["worker-2"].LastError?.Contains("without the X-Node-Name header", StringComparison.Ordinal) == true, "a missing header is a reason too");
        Assert.Equal("none", Source(bed, "worker-2").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task HugeChunkedAnswer_IsCutAtTheLimit_NotUsed()
    {
        var huge = "[" + string.Join(",", Enumerable.Repeat("""{"ifname":"veth","addr_info":[]}""", 2000)) + "]";
        await using var agent = new FakeAgent("worker-2", huge) { Chunked = true };
        await using var bed = await MonitorBed.StartAsync(AgentBed.Cluster + "\n---\n" + AgentBed.Slice("worker-2", agent.Port), AgentBed.Settings(maxBodyBytes: 16 * 1024));
        await MonitorBed.Until(() => bed.Monitor.Agents?.Nodes.GetValueOrDefault("worker-2")?.LastError is not null && bed.Monitor.Readiness().Ready, "worker-2's agent polled");
        Assert.Contains("answered more than 16384 bytes", bed.Monitor.Agents!.Nodes["worker-2"].LastError, StringComparison.Ordinal);
        Assert.Equal("none", Source(bed, "worker-2").GetProperty("kind").GetString());

        agent.Body = AgentBed.IpJson("10.0.0.12", "10.255.0.2");
        await MonitorBed.Until(() => Source(bed, "worker-2").GetProperty("kind").GetString() == "agent", "a right-sized answer is used");
    }

    [Fact]
    public async Task JunkJson_IsAFindingAtTheAgentsSource_TheMonitorStaysReady()
    {
        await using var agent = new FakeAgent("worker-2", """{"not": "an array" """);
        await using var bed = await MonitorBed.StartAsync(AgentBed.Cluster + "\n---\n" + AgentBed.Slice("worker-2", agent.Port), AgentBed.Settings());
        await MonitorBed.Until(() => bed.Get("/api/v1/findings").Body.Contains("agent:worker-2", StringComparison.Ordinal), "a finding at agent:worker-2");
        using (var findings = JsonDocument.Parse(bed.Get("/api/v1/findings").Body))
        {
            Assert.Contains(findings.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("file").GetString() == "agent:worker-2" && d.GetProperty("severity").GetString() == "error");
        }

        agent.Body = """[{"ifname": "lo", "addr_info": [{"local": "10.255.0.999", "prefixlen": 32}]}]""";
        await MonitorBed.Until(() => bed.Get("/api/v1/findings").Body.Contains("not an address with a valid prefix length", StringComparison.Ordinal), "a wrong-shaped entry is a finding");
        Assert.True(bed.Monitor.Readiness().Ready);
        Assert.Equal(0, bed.Monitor.Failures);
    }

    [Fact]
    public async Task SlowAgent_TimesOut_AndNeverBlocksAValidation()
    {
        await using var agent = new FakeAgent("worker-2", AgentBed.IpJson("10.0.0.12", "10.255.0.2")) { Delay = TimeSpan.FromMinutes(1) };
        await using var bed = await MonitorBed.StartAsync(AgentBed.Cluster + "\n---\n" + AgentBed.Slice("worker-2", agent.Port), AgentBed.Settings(requestTimeout: TimeSpan.FromMilliseconds(300)));
        await MonitorBed.Until(() => bed.Monitor.Agents?.Nodes.GetValueOrDefault("worker-2")?.LastError is not null && bed.Monitor.Readiness().Ready, "worker-2's agent timed out");
        Assert.Contains("did not answer within 0.3 s", bed.Monitor.Agents!.Nodes["worker-2"].LastError, StringComparison.Ordinal);

        // A change of the cluster is validated while the agent keeps being slow.
        var before = bed.Monitor.Validations;
        bed.StandIn.Apply(MonitorBed.NodeState("worker-1", "10.0.0.11", vip: null));
        await MonitorBed.Until(() => bed.Get("/metrics").Body.Contains("""rule="MLB0901",severity="error",node="worker-1""", StringComparison.Ordinal), "worker-1's change validated");
        Assert.True(bed.Monitor.Validations > before);
    }

    [Fact]
    public async Task AgentAppearsInTheSlices_IsAskedAtOnce_AndANotReadyEndpointIsNot()
    {
        await using var agent = new FakeAgent("worker-2", AgentBed.IpJson("10.0.0.12", "10.255.0.2"));
        await using var bed = await MonitorBed.StartAsync(AgentBed.Cluster + "\n---\n" + AgentBed.Slice("worker-2", agent.Port, ready: false), AgentBed.Settings());
        await MonitorBed.Until(() => bed.Monitor.Agents is { Polls: > 2 }, "a few polls");
        Assert.Equal(0, agent.Requests);
        Assert.Equal("none", Source(bed, "worker-2").GetProperty("kind").GetString());

        bed.StandIn.Apply(AgentBed.Slice("worker-2", agent.Port));
        await MonitorBed.Until(() => Source(bed, "worker-2").GetProperty("kind").GetString() == "agent", "the ready agent is used");

        // Another Service's slices are not the agents'.
        Assert.DoesNotContain(bed.StandIn.Server.Requests, r => r.Contains("endpointslices", StringComparison.Ordinal) && !r.Contains("labelSelector=kubernetes.io%2Fservice-name%3Dmetallb-validate-node-agent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EndpointSlicesForbidden_IsAReasonInReadyz_TheViewIsStillValidated()
    {
        await using var bed = await MonitorBed.StartAsync(AgentBed.Cluster, AgentBed.Settings(), before: s => s.Server.Forbidden["endpointslices.discovery.k8s.io"] = true);
        // The view is validated (ready) and says the slices cannot be read (degraded).
        await MonitorBed.Until(() => bed.Monitor.Readiness() is { Status: MetalLb.Validation.Cli.Monitor.Readiness.Degraded } r && r.Reason.Contains("endpointslices", StringComparison.Ordinal), "degraded, naming the EndpointSlices");
        var readiness = bed.Monitor.Readiness();
        Assert.True(readiness.Ready);
        Assert.Contains("forbidden", readiness.Reason, StringComparison.Ordinal);
        Assert.Contains("""metallb_validate_watch_up{resource="endpointslices.discovery.k8s.io"} 0""", bed.Get("/metrics").Body, StringComparison.Ordinal);
        Assert.Equal("none", Source(bed, "worker-2").GetProperty("kind").GetString());

        bed.StandIn.Server.Forbidden.TryRemove("endpointslices.discovery.k8s.io", out _);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Status == MetalLb.Validation.Cli.Monitor.Readiness.Current, "current once the slices may be read");
    }

    private static JsonElement Node(MonitorBed bed, string name)
    {
        var (status, body) = bed.Get($"/api/v1/nodes/{name}");
        Assert.Equal(200, status);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("node").Clone();
    }

    private static JsonElement Source(MonitorBed bed, string name)
    {
        var (status, body) = bed.Get($"/api/v1/nodes/{name}");
        if (status != 200)
        {
            return JsonDocument.Parse("""{"kind": "not served"}""").RootElement;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("node").TryGetProperty("interfaceSource", out var source) ? source.Clone() : JsonDocument.Parse("""{"kind": "absent"}""").RootElement;
    }
}
