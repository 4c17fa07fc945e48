using System.Text.Json.Nodes;
using MetalLb.Validation.Cli.Monitor;
using MetalLb.Validation.Cli.Monitor.Events;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor;

/// <summary>
/// Events for findings that appear and clear, recorded through the stand-in (which stores them as the API server
/// does): on the BGPPeer and on the Node, counted up instead of duplicated, rate-limited, and harmless when refused.
/// </summary>
public sealed class EventRecorderTests
{
    [Fact]
    public async Task VipLost_RecordsWarningsOnThePeerAndTheNode_VipBack_RecordsCleared()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster);
        await using var recorder = Recorder(bed);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Ready, "ready");

        bed.StandIn.Apply(MonitorBed.NodeState("worker-2", "10.0.0.22", vip: null));
        await MonitorBed.Until(() => Events(bed).Count(e => Reason(e) == "MLB0901") == 2, "two MLB0901 Events");
        var peer = Events(bed).Single(e => Reason(e) == "MLB0901" && e["involvedObject"]!["kind"]!.GetValue<string>() == "BGPPeer");
        Assert.Equal("tor-worker-2", peer["involvedObject"]!["name"]!.GetValue<string>());
        Assert.Equal("metallb-system", peer["metadata"]!["namespace"]!.GetValue<string>());
        Assert.Equal("Warning", peer["type"]!.GetValue<string>());
        Assert.Contains("10.255.0.2", peer["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(FindingEvent.Component, peer["source"]!["component"]!.GetValue<string>());
        var node = Events(bed).Single(e => Reason(e) == "MLB0901" && e["involvedObject"]!["kind"]!.GetValue<string>() == "Node");
        Assert.Equal("worker-2", node["involvedObject"]!["name"]!.GetValue<string>());
        Assert.Equal("default", node["metadata"]!["namespace"]!.GetValue<string>());

        bed.StandIn.Apply(MonitorBed.NodeState("worker-2", "10.0.0.22", vip: "10.255.0.2"));
        await MonitorBed.Until(() => Events(bed).Count(e => Reason(e) == "MLB0901Cleared") == 2, "two MLB0901Cleared Events");
        Assert.All(Events(bed).Where(e => Reason(e) == "MLB0901Cleared"), e => Assert.Equal("Normal", e["type"]!.GetValue<string>()));
        Assert.Contains($"metallb_validate_events_total{{result=\"created\"}} {Events(bed).Count}", MonitorMetrics.Render(bed.Monitor, recorder), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameFindingAgain_CountsTheEventUp_InsteadOfAddingOne()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster.Replace("ip: 10.255.0.2, prefix-length: 32", "ip: 10.255.0.99, prefix-length: 32", StringComparison.Ordinal));
        await MonitorBed.Until(() => bed.Monitor.Current is not null, "validated");
        var state = bed.Monitor.Current!;
        await using (var first = Recorder(bed, start: false))
        {
            first.Start();
            first.OnValidated(state, null);
            await MonitorBed.Until(() => Events(bed).Count(e => Reason(e) == "MLB0901") == 2, "two MLB0901 Events");
        }

        // A restarted monitor sees every finding as new: the same Events are counted up, not duplicated.
        await using var second = Recorder(bed, start: false);
        second.Start();
        second.OnValidated(state, null);
        await MonitorBed.Until(() => Events(bed).Where(e => Reason(e) == "MLB0901").All(e => e["count"]!.GetValue<int>() == 2), "counted up to 2");
        Assert.Equal(2, Events(bed).Count(e => Reason(e) == "MLB0901"));
    }

    [Fact]
    public async Task RateLimited_AndRefused_AreCountedNeverThrown()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster.Replace("10.255.0.", "10.254.0.", StringComparison.Ordinal).Replace("sourceAddress: 10.254.0.", "sourceAddress: 10.255.0.", StringComparison.Ordinal));
        await MonitorBed.Until(() => bed.Monitor.Current is not null, "validated");
        Assert.Equal(2, bed.Monitor.Current!.Report.Diagnostics.Count(d => d.RuleId == "MLB0901"));
        var all = FindingTransitions.Between(bed.Monitor.Current!, null).Count;

        await using (var limited = new EventRecorder(bed.Connection, new ManualTime(DateTimeOffset.UnixEpoch)) { Burst = 1, PerSecond = 0 })
        {
            limited.Start();
            limited.OnValidated(bed.Monitor.Current!, null);
            await MonitorBed.Until(() => Metrics(limited).Contains($"result=\"dropped\"}} {all - 1}", StringComparison.Ordinal), "all Events but one dropped");
            Assert.Contains("result=\"created\"} 1", Metrics(limited), StringComparison.Ordinal);
        }

        bed.StandIn.Server.Forbidden["events"] = true;
        await using var refused = Recorder(bed, start: false);
        refused.Start();
        refused.OnValidated(bed.Monitor.Current!, null);
        await MonitorBed.Until(() => Metrics(refused).Contains($"result=\"failed\"}} {all}", StringComparison.Ordinal), "every Event refused");
        Assert.Contains("403", refused.LastError, StringComparison.Ordinal);
        Assert.True(bed.Monitor.Readiness().Ready);
    }

    private static EventRecorder Recorder(MonitorBed bed, bool start = true)
    {
        var recorder = new EventRecorder(bed.Connection, instance: "test");
        if (start)
        {
            bed.Monitor.Validated += recorder.OnValidated;
            recorder.Start();
        }

        return recorder;
    }

    private static string Metrics(EventRecorder recorder)
    {
        var m = new ExpositionWriter();
        recorder.WriteTo(m);
        return m.ToString();
    }

    private static List<JsonObject> Events(MonitorBed bed) =>
        new[] { "default", "metallb-system" }.SelectMany(ns => bed.StandIn.Server.Store.List(bed.StandIn.Server.Resource("events"), ns).Items).ToList();

    private static string Reason(JsonObject e) => e["reason"]!.GetValue<string>();
}
