using System.Text.Json;
using ApiServerStandIn;
using MetalLb.Validation.Reporting.Json;
using MetalLb.Validation.Tests;

namespace MetalLb.Validation.Kubernetes.Tests.Cli;

/// <summary>
/// The repository's samples served by the stand-in give the findings they give from files, per backend mode:
/// topology findings too (Nodes and a NodeNetworkState read from the API).
/// </summary>
public sealed class SamplesThroughTheClusterTests
{
    [Theory]
    [InlineData("samples/configs", "frr-k8s")]
    [InlineData("samples/topology/manifests", "frr-k8s")]
    [InlineData("samples/topology/manifests", "frr")]
    [InlineData("samples/topology/manifests", "native")]
    public async Task Sample_FromTheCluster_IsTheSampleFromFiles(string sample, string mode)
    {
        var directory = Path.Combine(RepositoryRoot.Path, sample);
        await using var standIn = await StandIn.StartAsync();
        foreach (var o in YamlObjects.ReadPaths([directory]))
        {
            standIn.Server.Apply(o);
        }

        var fromCluster = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--mode", mode, "--format", "json");
        var fromFiles = CliRun.Of("validate", directory, "--mode", mode, "--format", "json");

        Assert.Equal(fromFiles.Exit, fromCluster.Exit);
        var cluster = Findings(fromCluster.Out);
        Assert.Equal(Findings(fromFiles.Out), cluster);
        Assert.NotEmpty(cluster);
    }

    [Fact]
    public async Task NodeNetworkStates_AreRead()
    {
        await using var standIn = await StandIn.StartAsync();
        foreach (var o in YamlObjects.ReadPaths([Path.Combine(RepositoryRoot.Path, "samples/topology/manifests")]))
        {
            standIn.Server.Apply(o);
        }

        using var connection = standIn.Connect();
        var snapshot = await new ClusterReader(connection).ReadAsync();

        Assert.Contains(snapshot.Objects, o => o.SourceName == "cluster:NodeNetworkState/worker-3" && o.Text.Contains("10.0.1.13", StringComparison.Ordinal));
        Assert.DoesNotContain(snapshot.Notes, n => n.Contains("NodeNetworkState", StringComparison.Ordinal));
    }

    private static List<string> Findings(string json) =>
        [.. JsonSerializer.Deserialize(json, MetalLbJsonContext.Default.JsonReport)!.Diagnostics
            .Select(d => $"{d.RuleId}|{d.Resource?.Kind}/{d.Resource?.Name}|{d.Path}|{d.Severity}|{d.Node}|{d.Message}")
            .Order(StringComparer.Ordinal)];
}
