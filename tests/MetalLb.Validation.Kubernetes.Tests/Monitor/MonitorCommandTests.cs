using MetalLb.Validation.Kubernetes.Tests.Cli;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor;

/// <summary><c>metallb-validate monitor</c>'s command line: mistakes are exit 2 with a plain message before anything starts.</summary>
public sealed class MonitorCommandTests
{
    [Theory]
    [InlineData("--listen", "nowhere", "--listen must be HOST:PORT")]
    [InlineData("--stale-after", "0", "--stale-after must be 5 to 86400")]
    [InlineData("--resync", "0", "--resync must be 1 to 86400")]
    [InlineData("--mode", "bird", "--mode must be native, frr or frr-k8s")]
    [InlineData("--node-agents", "a/b/c", "--node-agents takes [NAMESPACE/]SERVICE, not 'a/b/c'")]
    [InlineData("--node-agents", "Agents", "--node-agents: 'Agents' is not [NAMESPACE/]SERVICE")]
    [InlineData("--node-agent-interval", "0", "--node-agent-interval must be 1 to 3600")]
    [InlineData("--kubeconfig", "/nonexistent/kubeconfig", "cannot read kubeconfig '/nonexistent/kubeconfig': no such file")]
    public void BadOptions_AreUsageErrors(string option, string value, string message)
    {
        var run = CliRun.Of("monitor", option, value);
        Assert.Equal(2, run.Exit);
        Assert.Contains(message, run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_AreRefused()
    {
        var run = CliRun.Of("monitor", Path.GetTempPath());
        Assert.Equal(2, run.Exit);
        Assert.Contains("monitor reads the cluster: give no PATH", run.Err, StringComparison.Ordinal);
    }
}
