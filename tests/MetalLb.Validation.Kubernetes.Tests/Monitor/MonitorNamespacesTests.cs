using System.Text.Json;
using MetalLb.Validation.Cli.Monitor;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor;

/// <summary>
/// The monitor watches the Namespaces: MLB0111 appears while a pool's serviceAllocation names one that does not exist,
/// and clears when it is created; a 403 on them leaves the monitor ready with the rule skipped.
/// </summary>
public sealed class MonitorNamespacesTests
{
    [Fact]
    public async Task MissingNamespace_IsAFinding_UntilItIsCreated()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster + "\n---\n" + Manifests.TeamPool);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Ready, "ready");
        await MonitorBed.Until(() => Unknown(bed).Count == 1, "MLB0111 in /api/v1/findings");
        Assert.Equal("spec.serviceAllocation.namespaces[1]", Unknown(bed)[0]);
        Assert.Contains("""metallb_validate_findings{rule="MLB0111",severity="warning",""", bed.Get("/metrics").Body, StringComparison.Ordinal);

        bed.StandIn.Apply(Manifests.TeamB);
        await MonitorBed.Until(() => Unknown(bed).Count == 0, "MLB0111 gone once team-b exists");
        Assert.DoesNotContain("MLB0111", bed.Get("/metrics").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForbiddenNamespaces_LeaveTheMonitorReady_WithoutTheRule()
    {
        await using var bed = await MonitorBed.StartAsync(MonitorBed.Cluster + "\n---\n" + Manifests.TeamPool, before: s => s.Server.Forbidden["namespaces"] = true);
        await MonitorBed.Until(() => bed.Monitor.Readiness().Ready, "ready");

        Assert.Equal(Readiness.Current, bed.Monitor.Readiness().Status);
        Assert.Empty(Unknown(bed));
        Assert.Contains("""metallb_validate_watch_installed{resource="namespaces"} 0""", bed.Get("/metrics").Body, StringComparison.Ordinal);
    }

    private static List<string?> Unknown(MonitorBed bed)
    {
        var (status, body) = bed.Get("/api/v1/findings");
        if (status != 200)
        {
            return [null, null];
        }

        using var findings = JsonDocument.Parse(body);
        return [.. findings.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("ruleId").GetString() == MetalLbRules.PoolNamespaceUnknown.Id)
            .Select(d => d.GetProperty("path").GetString())];
    }
}
