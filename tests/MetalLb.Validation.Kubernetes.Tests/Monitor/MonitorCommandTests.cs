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
