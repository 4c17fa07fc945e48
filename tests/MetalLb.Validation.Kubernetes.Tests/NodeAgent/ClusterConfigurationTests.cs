using System.Net;
using MetalLb.Validation.Cli.NodeAgent;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Kubernetes.Live;
using MetalLb.Validation.Kubernetes.Tests.Monitor;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Tests;

namespace MetalLb.Validation.Kubernetes.Tests.NodeAgent;

/// <summary>
/// <c>node-check --watch --cluster</c>: the agent's rounds read MetalLB's objects from the live view (the stand-in
/// here) and the node's interfaces from the host; a round before the view is listed fails and says why.
/// </summary>
public sealed class ClusterConfigurationTests
{
    private static readonly LiveViewOptions Fast = new() { Debounce = TimeSpan.FromMilliseconds(50), MinBackoff = TimeSpan.FromMilliseconds(50), MaxBackoff = TimeSpan.FromMilliseconds(400) };

    [Fact]
    public async Task Rounds_FollowTheCluster_AndFailUntilItIsListed()
    {
        var sample = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", "node-agent", "config", "metallb.yaml"));
        await using var standIn = await StandIn.StartAsync(sample);
        using var connection = standIn.Connect();
        await using var source = new ClusterConfiguration(connection, null, LoadLimits.Default, Fast);
        await using var rounds = new AgentRounds(
            new AgentSettings { Node = "worker-2", Options = new ValidationOptions { Mode = BackendMode.Frr } },
            () => [WithoutVip()],
            () => source.Load([]));

        Assert.False(rounds.RunRound());
        Assert.Contains("not every resource has been listed", rounds.LastError, StringComparison.Ordinal);
        Assert.Equal(AgentReadiness.Failing, rounds.Readiness().Status);

        await MonitorBed.Until(rounds.RunRound, "a good round once the view is listed");
        var lost = Assert.Single(rounds.Current!.Report.Diagnostics, d => d.RuleId == "MLB0901");
        Assert.Equal("cluster:BGPPeer/metallb-system/tor-a-worker-2", lost.Location.File);

        // The peer is changed in the cluster to source from the node IP, which worker-2 holds.
        standIn.Apply(sample.Split("---")[0].Replace("sourceAddress: 10.255.0.2", "sourceAddress: 10.0.0.12", StringComparison.Ordinal));
        await MonitorBed.Until(() => rounds.RunRound() && rounds.Current!.Report.Diagnostics.All(d => d.RuleId != "MLB0901"), "MLB0901 gone after the change");
    }

    private static HostLink WithoutVip() =>
        new(2, "ether", ["BROADCAST", "MULTICAST", "UP", "LOWER_UP"], "UP", new InterfaceState("eth0", "ethernet", true, [new InterfaceAddress(IPAddress.Parse("10.0.0.12"), 24, SourceSpan.None)]));
}
