using System.Text.Json;
using MetalLb.Validation.Reporting.Json;

namespace MetalLb.Validation.Kubernetes.Tests.Cli;

/// <summary>
/// <c>validate --cluster</c> reads the Namespaces (metadata only), so MLB0111 (a serviceAllocation namespace that does
/// not exist) is checked against the cluster; a 403 on them is a note and the rule is skipped, never an error.
/// </summary>
public sealed class NamespacesThroughTheClusterTests
{
    [Fact]
    public async Task MissingNamespace_IsReported_AtTheEntryNamingIt()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster + "\n---\n" + Manifests.TeamPool);
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");

        var unknown = Report(run).Diagnostics.Where(d => d.RuleId == MetalLbRules.PoolNamespaceUnknown.Id).ToList();
        var finding = Assert.Single(unknown);
        Assert.Equal("cluster:IPAddressPool/metallb-system/teams", finding.File);
        Assert.Equal("spec.serviceAllocation.namespaces[1]", finding.Path);
        Assert.Contains("\"team-b\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExistingNamespaces_AreNotReported()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster + "\n---\n" + Manifests.TeamPool + "\n---\n" + Manifests.TeamB);
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");

        Assert.DoesNotContain(Report(run).Diagnostics, d => d.RuleId == MetalLbRules.PoolNamespaceUnknown.Id);
        Assert.Contains(standIn.Server.Requests, r => r.Contains("/api/v1/namespaces?", StringComparison.Ordinal) && r.Contains("as=PartialObjectMetadataList", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForbiddenNamespaces_AreANote_AndTheRuleIsSkipped()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster + "\n---\n" + Manifests.TeamPool);
        standIn.Server.Forbidden["namespaces"] = true;
        var run = CliRun.Of("validate", "--cluster", "--kubeconfig", standIn.KubeconfigPath, "--format", "json");

        Assert.Equal(1, run.Exit);
        Assert.Contains("note: Namespaces could not be listed (403", run.Err, StringComparison.Ordinal);
        Assert.Contains("MLB0111", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(Report(run).Diagnostics, d => d.RuleId == MetalLbRules.PoolNamespaceUnknown.Id);
        Assert.Contains(Report(run).Diagnostics, d => d.RuleId == MetalLbRules.PoolOverlap.Id);
    }

    private static JsonReport Report(CliRun run) => JsonSerializer.Deserialize(run.Out, MetalLbJsonContext.Default.JsonReport) ?? throw new InvalidOperationException(run.Err);
}
