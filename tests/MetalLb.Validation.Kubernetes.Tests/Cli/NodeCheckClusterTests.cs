using System.Text.Json;
using MetalLb.Validation.Tests;

namespace MetalLb.Validation.Kubernetes.Tests.Cli;

/// <summary><c>node-check --cluster</c>: the cluster's objects against this host's interfaces, once.</summary>
public sealed class NodeCheckClusterTests
{
    [Fact]
    public async Task NodeCheck_ReadsTheClusterInsteadOfFiles()
    {
        var sample = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", "node-agent", "config", "metallb.yaml"));
        await using var standIn = await StandIn.StartAsync(sample);

        var run = CliRun.Of("node-check", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--node", "worker-2", "--mode", "frr", "--format", "json");

        // This host does not hold worker-2's VIP 10.255.0.2, so the peer the cluster pins to it cannot come up from here.
        Assert.True(run.Exit == 1, run.Err + run.Out);
        using var json = JsonDocument.Parse(run.Out);
        var finding = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "MLB0901");
        Assert.Equal("cluster:BGPPeer/metallb-system/tor-a-worker-2", finding.GetProperty("file").GetString());
        Assert.Equal("metallb-system", json.RootElement.GetProperty("summary").GetProperty("metallbNamespace").GetProperty("name").GetString());
    }
}
