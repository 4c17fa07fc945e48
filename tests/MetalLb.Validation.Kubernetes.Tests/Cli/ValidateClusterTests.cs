using System.Text.Json.Nodes;
using MetalLb.Validation.Reporting.Json;

namespace MetalLb.Validation.Kubernetes.Tests.Cli;

/// <summary><c>validate --cluster</c> through a kubeconfig against the stand-in, compared with the same objects from files.</summary>
public sealed class ValidateClusterTests
{
    [Fact]
    public async Task Cluster_GivesTheFindingsOfTheSameObjectsFromFiles()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        var file = Path.Combine(Path.GetTempPath(), $"cluster-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, Manifests.Cluster);
        try
        {
            var fromCluster = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");
            var fromFiles = CliRun.Of("validate", file, "--format", "json");

            Assert.Equal(fromFiles.Exit, fromCluster.Exit);
            Assert.Equal(1, fromCluster.Exit);
            var clusterFindings = Findings(fromCluster.Out);
            Assert.Contains(clusterFindings, f => f.StartsWith("MLB0104|IPAddressPool/office-extra|", StringComparison.Ordinal));
            // The pool in "default" is not MetalLB's: the cluster read never lists it, the file run sees it outside MetalLB's namespace.
            Assert.Equal(Findings(fromFiles.Out).Where(f => !f.Contains("elsewhere", StringComparison.Ordinal)), clusterFindings);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Cluster_FindingsNameTheObjectInTheCluster_AndPointInsideIt()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");

        var overlap = System.Text.Json.JsonSerializer.Deserialize(run.Out, MetalLbJsonContext.Default.JsonReport)!.Diagnostics.Single(d => d.RuleId == "MLB0104");
        Assert.Equal("cluster:IPAddressPool/metallb-system/office-extra", overlap.File);
        Assert.True(overlap.Line > 1, run.Out);
    }

    [Fact]
    public async Task Cluster_JsonAndSarifSayWhereTheObjectsCameFrom_WithoutCredentials()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        var json = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");
        var sarif = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "sarif");

        var source = JsonNode.Parse(json.Out)!["source"]!;
        Assert.Equal("cluster", (string?)source["kind"]);
        Assert.Equal(standIn.Server.Server.AbsoluteUri.TrimEnd('/'), (string?)source["server"]);
        Assert.Equal("stand-in", (string?)source["context"]);
        Assert.Equal("metallb-system", (string?)source["metallbNamespace"]);
        Assert.Equal(standIn.Server.Server.AbsoluteUri.TrimEnd('/'), (string?)JsonNode.Parse(sarif.Out)!["runs"]![0]!["properties"]!["source"]!["server"]);
        var typed = System.Text.Json.JsonSerializer.Deserialize(json.Out, MetalLbJsonContext.Default.JsonReport)!.Source!;
        Assert.Equal(("cluster", "stand-in", false), (typed.Kind, typed.Context, typed.InCluster));
        Assert.True(typed.Objects > 0);
        var location = JsonNode.Parse(sarif.Out)!["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Null(location["uri"]);
        Assert.StartsWith("cluster:", (string?)location["description"]!["text"], StringComparison.Ordinal);
        foreach (var run in new[] { json, sarif })
        {
            Assert.DoesNotContain(standIn.Server.Token, run.Out + run.Err, StringComparison.Ordinal);
            Assert.DoesNotContain(Manifests.SecretValue, run.Out + run.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cluster_ReadsSecretsAsMetadataOnly()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath);

        var secretRequests = standIn.Server.Requests.Where(r => r.Contains("/secrets", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(secretRequests);
        Assert.All(secretRequests, r => Assert.Contains("as=PartialObjectMetadataList", r, StringComparison.Ordinal));
        // The Secret exists, so the peer's passwordSecret is found; its type and keys are not known and not judged.
        foreach (var rule in new[] { MetalLbRules.PeerSecretNotFound, MetalLbRules.PeerSecretWrongType, MetalLbRules.PeerSecretWithoutPassword })
        {
            Assert.DoesNotContain(rule.Id, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cluster_MissingPasswordSecret_IsReported()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster.Replace("name: tor-password, namespace", "name: other-secret, namespace", StringComparison.Ordinal));
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");

        Assert.Contains(MetalLbRules.PeerSecretNotFound.Id, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_FindsMetalLbsNamespaceFromItsControllerDeployment()
    {
        var manifests = Manifests.Cluster.Replace("namespace: metallb-system", "namespace: lb", StringComparison.Ordinal) + "\n---\n" + Manifests.ControllerDeployment;
        await using var standIn = await StandIn.StartAsync(manifests);
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");

        var report = System.Text.Json.JsonSerializer.Deserialize(run.Out, MetalLbJsonContext.Default.JsonReport)!;
        Assert.Equal("lb", report.Summary.MetallbNamespace!.Name);
        Assert.Contains("lb/metallb-controller", report.Summary.MetallbNamespace.Reason, StringComparison.Ordinal);
        Assert.Contains(report.Diagnostics, d => d.RuleId == "MLB0104");
    }

    [Fact]
    public async Task Cluster_WithoutNmstate_SaysSoInANote()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster, nmstate: false);
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath);

        Assert.Equal(1, run.Exit);
        Assert.Contains("NodeNetworkState CRD is not installed", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_Cluster_ShowsTheNodesOfTheCluster()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        var run = CliRun.Of("explain", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");

        Assert.Contains("worker-1", run.Out, StringComparison.Ordinal);
    }

    private static List<string> Findings(string json) =>
        [.. System.Text.Json.JsonSerializer.Deserialize(json, MetalLbJsonContext.Default.JsonReport)!.Diagnostics
            .Select(d => $"{d.RuleId}|{d.Resource?.Kind}/{d.Resource?.Name}|{d.Path}|{d.Severity}|{d.Node}|{d.Message}")
            .Order(StringComparer.Ordinal)];
}
