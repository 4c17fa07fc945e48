namespace MetalLb.Validation.Tests.Cli.NodeAgent;

/// <summary>node-check without --watch is unchanged; the agent's options are refused without it, and checked with it.</summary>
public sealed class NodeCheckWatchOptionsTests
{
    [Theory]
    [InlineData("--interval", "10s")]
    [InlineData("--listen", ":7474")]
    [InlineData("--preflight-interval", "5m")]
    public void AnAgentOption_WithoutWatch_IsAUsageError(string option, string value)
    {
        var (exit, _, err) = CliRunner.Run(string.Empty, "node-check", "--node", "worker-2", option, value, AgentBed.SamplePath);

        Assert.Equal(2, exit);
        Assert.Contains($"{option} is an option of the node agent: add --watch", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--interval", "0s", "--interval must be a duration from 1s to 24h")]
    [InlineData("--interval", "soon", "--interval must be a duration")]
    [InlineData("--preflight-interval", "1s", "--preflight-interval must be a duration from 10s to 24h")]
    [InlineData("--listen", "example.com:7474", "--listen: the host must be an IP address")]
    [InlineData("--node", "worker 2\n", "--node must be a Kubernetes node name")]
    public void BadAgentOptions_AreUsageErrors(string option, string value, string expected)
    {
        string[] node = option == "--node" ? [] : ["--node", "worker-2"];
        var (exit, _, err) = CliRunner.Run(string.Empty, ["node-check", "--watch", .. node, option, value, AgentBed.SamplePath]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_OnStandardInput_IsAUsageError()
    {
        var (exit, _, err) = CliRunner.Run("{}", "node-check", "--watch", "--node", "worker-2");

        Assert.Equal(2, exit);
        Assert.Contains("not standard input", err, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutWatch_NodeCheckStillRunsOnceAndExits()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "node-check", "--node", "worker-2", "--mode", "frr", "--format", "json", AgentBed.SamplePath);

        Assert.True(exit is 0 or 1, output);
        Assert.Contains("\"diagnostics\"", output, StringComparison.Ordinal);
    }
}
