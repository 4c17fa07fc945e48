using System.Text.Json;
using MetalLb.Validation.Cli;

namespace MetalLb.Validation.Tests.Cli;

/// <summary>
/// node-check against real interfaces: each test builds a network namespace (lo with a VIP, a veth with the node's
/// subnet) and runs the CLI binary inside it, as it would run on a node.
/// </summary>
[Trait("Category", "NetNs")]
public sealed class NodeCheckNetNsTests : IDisposable
{
    private readonly List<string> _files = [];

    [NetNsFact]
    public void SourceOnTheHostsLoopback_Passes()
    {
        var (exit, output) = Run("sourceAddress: 10.255.0.1\nebgpMultiHop: true");

        Assert.True(exit == 0, output);
        Assert.Empty(Diagnostics(output));
    }

    [NetNsFact]
    public void SourceMissingFromTheHost_FailsWithMLB0901()
    {
        var (exit, output) = Run("sourceAddress: 10.255.0.2\nebgpMultiHop: true");

        Assert.Equal(1, exit);
        var finding = Assert.Single(Diagnostics(output), d => d.GetProperty("ruleId").GetString() == "MLB0901");
        Assert.Equal("worker-1", finding.GetProperty("node").GetString());
    }

    [NetNsFact]
    public void SingleHopEbgpFromLoopback_WarnsFromTheRealSubnets()
    {
        var (exit, output) = Run("sourceAddress: 10.255.0.1");

        Assert.Equal(0, exit);
        var finding = Assert.Single(Diagnostics(output), d => d.GetProperty("ruleId").GetString() == "MLB0905");
        Assert.Contains("veth-a (10.0.0.11/24)", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }

    private (int Exit, string Output) Run(string sourceLines)
    {
        var config = Path.GetTempFileName();
        _files.Add(config);
        File.WriteAllText(config, Check.Peer("tor", $"myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\n{sourceLines}\nnodeSelectors:\n- matchLabels:\n    kubernetes.io/hostname: worker-1") + Rules.Yaml.BgpAd("bgp"));

        using var ns = new NetNs();
        ns.Run("link", "set", "lo", "up");
        ns.Run("address", "add", "10.255.0.1/32", "dev", "lo");
        ns.Run("link", "add", "veth-a", "type", "veth", "peer", "name", "veth-b");
        ns.Run("address", "add", "10.0.0.11/24", "dev", "veth-a");
        ns.Run("link", "set", "veth-a", "up");
        ns.Run("link", "set", "veth-b", "up");

        var cli = typeof(CliApp).Assembly.Location;
        var (exit, output, error) = ns.Exec(DotnetHost(), cli, "node-check", "--node", "worker-1", "--mode", "native", "--format", "json", config);
        Assert.True(exit is 0 or 1, $"exit {exit}: {error}");
        return (exit, output);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";

    private static List<JsonElement> Diagnostics(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.Clone()).ToList();
    }
}
