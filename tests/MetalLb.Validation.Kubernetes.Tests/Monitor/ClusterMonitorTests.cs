using System.Text.Json;
using MetalLb.Validation.Cli.Monitor;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor;

/// <summary>
/// The monitor against the stand-in: worker-2 loses its VIP and gets it back (metrics, JSON API, readiness); not ready
/// until the first full list and why; an API server that cannot be read, forbidden or gone; malformed objects.
/// </summary>
public sealed class ClusterMonitorTests
{
    [Fact]
    public async Task Story_Worker2LosesItsVip_FindingAppearsInMetricsAndApi_ThenClears()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Ready, "ready");
        Assert.DoesNotContain("MLB0901", bed.Get("/metrics").Body, StringComparison.Ordinal);
        var node = Node(bed, "worker-2");
        Assert.Equal("10.255.0.2", node.GetProperty("sessions")[0].GetProperty("sourceAddress").GetString());
        Assert.Equal("lo", node.GetProperty("sessions")[0].GetProperty("sourceInterface").GetString());

        bed.StandIn.Apply(MonitorBed.NodeState("worker-2", "10.0.0.22", vip: null));
        const string Missing = """metallb_validate_findings{rule="MLB0901",severity="error",node="worker-2",namespace="metallb-system"} 1""";
        await MonitorBed.Until(() => bed.Get("/metrics").Body.Contains(Missing, StringComparison.Ordinal), "MLB0901 for worker-2 in /metrics");
        Assert.Contains("""metallb_validate_bgp_session_blocked{node="worker-2",peer="tor-worker-2"} 1""", bed.Get("/metrics").Body, StringComparison.Ordinal);
        Assert.Contains("""metallb_validate_bgp_session_blocked{node="worker-1",peer="tor-worker-1"} 0""", bed.Get("/metrics").Body, StringComparison.Ordinal);
        node = Node(bed, "worker-2");
        Assert.Equal(JsonValueKind.Null, node.GetProperty("sessions")[0].GetProperty("sourceInterface").ValueKind);
        Assert.Contains(node.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "MLB0901");
        Assert.DoesNotContain(Node(bed, "worker-1").GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "MLB0901");
        using (var findings = JsonDocument.Parse(bed.Get("/api/v1/findings").Body))
        {
            Assert.Contains(findings.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "MLB0901" && d.GetProperty("node").GetString() == "worker-2");
        }

        bed.StandIn.Apply(MonitorBed.NodeState("worker-2", "10.0.0.22", vip: "10.255.0.2"));
        await MonitorBed.Until(() => !bed.Get("/metrics").Body.Contains("MLB0901", StringComparison.Ordinal), "MLB0901 gone from /metrics");
        Assert.Equal("lo", Node(bed, "worker-2").GetProperty("sessions")[0].GetProperty("sourceInterface").GetString());
        Assert.Contains("""metallb_validate_bgp_session_blocked{node="worker-2",peer="tor-worker-2"} 0""", bed.Get("/metrics").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodesApi_IsExplainsJson_WithTheValidationStamped()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Ready, "ready");
        using var nodes = JsonDocument.Parse(bed.Get("/api/v1/nodes").Body);
        var root = nodes.RootElement;
        Assert.Equal("frr", root.GetProperty("mode").GetString());
        Assert.True(root.GetProperty("generation").GetInt64() >= 1);
        Assert.Equal("metallb-system", root.GetProperty("source").GetProperty("metallbNamespace").GetString());
        Assert.Equal(["worker-1", "worker-2"], root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));

        var (status, body) = bed.Get("/api/v1/nodes/worker-9");
        Assert.Equal(404, status);
        Assert.Contains("node 'worker-9' is not in the live view", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotReady_UntilTheFirstFullList_AndSaysWhatIsMissing()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster, before: s => s.Server.Forbidden["nodes"] = true);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Reason.Contains("forbidden", StringComparison.Ordinal), "readiness says nodes are forbidden");
        var readiness = bed.Monitor.Readiness();
        Assert.False(readiness.Ready);
        Assert.Equal(Readiness.Syncing, readiness.Status);
        Assert.Contains("nodes", readiness.Reason, StringComparison.Ordinal);
        Assert.Equal(503, bed.Get("/readyz").Status);
        Assert.Equal(503, bed.Get("/api/v1/nodes").Status);
        Assert.Contains("""metallb_validate_watch_up{resource="nodes"} 0""", bed.Get("/metrics").Body, StringComparison.Ordinal);
        Assert.Contains("""metallb_validate_ready 0""", bed.Get("/metrics").Body, StringComparison.Ordinal);

        bed.StandIn.Server.Forbidden.TryRemove("nodes", out _);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Ready, "ready once nodes may be listed");
        Assert.Equal(200, bed.Get("/readyz").Status);
    }

    [Fact]
    public async Task WrongShapedAndSlowAnswers_AreReasons_TheMonitorStaysUp()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster, before: s =>
        {
            s.Server.Malformed["nodes"] = """{"kind":"Status","items":"not a list"}""";
            s.Server.Delays["nodenetworkstates.nmstate.io"] = TimeSpan.FromMinutes(2);
        });
        await MonitorBed.Until(() => bed.Monitor.Readiness().Reason.Contains("not a list", StringComparison.Ordinal) && bed.Monitor.Readiness().Reason.Contains("did not answer", StringComparison.Ordinal), "both reasons in /readyz");
        Assert.False(bed.Monitor.Readiness().Ready);
        Assert.Equal(200, bed.Get("/healthz").Status);
        Assert.Contains("metallb_validate_watch_error{resource=\"nodes\"", bed.Get("/metrics").Body, StringComparison.Ordinal);

        bed.StandIn.Server.Malformed.TryRemove("nodes", out _);
        bed.StandIn.Server.Delays.TryRemove("nodenetworkstates.nmstate.io", out _);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Ready, "ready once the answers are right");
        Assert.Equal(200, bed.Get("/api/v1/nodes/worker-2").Status);
    }

    [Fact]
    public async Task ApiServerGone_ServesTheLastGoodViewForTheBound_ThenStale()
    {
        var time = new ManualTime(DateTimeOffset.UnixEpoch.AddDays(20_000));
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster, MonitorBed.Settings(TimeSpan.FromMinutes(5)), time);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Status == Readiness.Current, "ready");
        var validatedAt = bed.Monitor.Current!.ValidatedAt;

        await bed.StandIn.Server.DisposeAsync();
        await MonitorBed.Until(() => bed.Monitor.Health.Any(h => h.LastError is not null), "a watch reports the API server gone");
        time.Now = validatedAt.AddMinutes(4);
        var degraded = bed.Monitor.Readiness();
        Assert.True(degraded.Ready);
        Assert.Equal(Readiness.Degraded, degraded.Status);
        Assert.Contains("serving the last good view", degraded.Reason, StringComparison.Ordinal);
        Assert.Equal(200, bed.Get("/api/v1/nodes/worker-2").Status);
        Assert.Contains("metallb_validate_watch_error{", bed.Get("/metrics").Body, StringComparison.Ordinal);

        time.Now = validatedAt.AddMinutes(6);
        var stale = bed.Monitor.Readiness();
        Assert.False(stale.Ready);
        Assert.Equal(Readiness.Stale, stale.Status);
        Assert.Equal(503, bed.Get("/readyz").Status);
        Assert.Equal(503, bed.Get("/api/v1/nodes/worker-2").Status);
        var metrics = bed.Get("/metrics").Body;
        Assert.Contains("metallb_validate_view_stale 1", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("metallb_validate_bgp_sessions{", metrics, StringComparison.Ordinal);
        Assert.Contains("metallb_validate_last_success_timestamp_seconds", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiServerUnreachable_AtStart_IsAReasonNeverACrash()
    {
        var port = MonitorBed.FreePort();
        var kubeconfig = Path.Combine(Directory.CreateTempSubdirectory("monitor-").FullName, "kubeconfig");
        File.WriteAllText(kubeconfig, $$"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: c
              cluster:
                server: "https://127.0.0.1:{{port}}"
                insecure-skip-tls-verify: true
            users:
            - name: u
              user:
                token: t
            contexts:
            - name: x
              context:
                cluster: c
                user: u
            current-context: x
            """);
        using var connection = ClusterConnection.Open(kubeconfig, null, TimeSpan.FromSeconds(2));
        await using var monitor = new ClusterMonitor(connection, MonitorBed.Settings());
        monitor.Start();
        await MonitorBed.Until(() => monitor.Readiness().Reason.Contains("cannot", StringComparison.Ordinal), "readiness says the API server cannot be reached");
        Assert.False(monitor.Readiness().Ready);
        Assert.Equal(Readiness.Starting, monitor.Readiness().Status);
        Assert.Contains("metallb_validate_ready 0", MonitorMetrics.Render(monitor), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedObjects_AreFindings_TheMonitorStaysReady()
    {
        const string Broken = """
            apiVersion: metallb.io/v1beta2
            kind: BGPPeer
            metadata: {name: broken, namespace: metallb-system}
            spec: "not an object"
            ---
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata: {name: odd, namespace: metallb-system}
            spec: {addresses: [42, {a: b}, "not-a-range"]}
            """;
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster + "\n---\n" + Broken);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Ready, "ready");
        using var findings = JsonDocument.Parse(bed.Get("/api/v1/findings").Body);
        var resources = findings.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("resource").ValueKind == JsonValueKind.Object)
            .Select(d => d.GetProperty("resource").GetProperty("name").GetString()).ToHashSet();
        Assert.Contains("broken", resources);
        Assert.Contains("odd", resources);
        Assert.Equal(0, bed.Monitor.Failures);
    }

    private static JsonElement Node(MonitorBed bed, string name)
    {
        var (status, body) = bed.Get($"/api/v1/nodes/{name}");
        Assert.Equal(200, status);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("node").Clone();
    }
}
