namespace MetalLb.Validation.Tests.Cli;

public class ExplainCommandTests
{
    private static readonly string Manifests = Path.Combine(RepositoryRoot.Path, "samples", "topology", "manifests");

    private static string[] IpAddr() =>
    [
        "--ip-addr", $"worker-1={Path.Combine(RepositoryRoot.Path, "samples", "topology", "ip-addr", "worker-1.json")}",
        "--ip-addr", $"worker-2={Path.Combine(RepositoryRoot.Path, "samples", "topology", "ip-addr", "worker-2.json")}",
    ];

    [Fact]
    public void TopologySample_Explained_Exit1_WithPerNodeFindings()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, ["explain", Manifests, "--mode", "frr", .. IpAddr()]);

        Assert.Equal(1, exit);
        Assert.Contains("node worker-2", output, StringComparison.Ordinal);
        Assert.Contains("MLB0901", output, StringComparison.Ordinal);
        Assert.Contains("MLB0905", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReadsIpAddrFiles()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, ["validate", Manifests, "--mode", "native", .. IpAddr()]);

        Assert.Equal(1, exit);
        Assert.Contains("sourceAddress 10.255.0.2 is not assigned on any interface of node worker-2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutIpAddr_NoOwnershipError_ButAnInfo()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "validate", Manifests, "--mode", "native");

        Assert.DoesNotContain("MLB0901", output, StringComparison.Ordinal);
        Assert.Contains("MLB1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PeerOutsideMetalLbsNamespace_OpensNoSession()
    {
        var yaml = "apiVersion: v1\nkind: Node\nmetadata:\n  name: worker-1\n---\n"
            + Check.Peer("router", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.0.0.1")
            + Rules.Yaml.Object("BGPPeer", "stale", "myASN: 64512\npeerASN: 64513\npeerAddress: 10.9.9.9", "metallb.io/v1beta2", ns: "default");

        var (_, output, _) = CliRunner.Run(yaml, "explain", "-", "--mode", "frr");

        Assert.Contains("10.0.0.1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("10.9.9.9", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_Format()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, ["explain", Manifests, "--format", "mermaid", .. IpAddr()]);

        Assert.StartsWith("flowchart LR", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownNode_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "explain", Manifests, "--node", "nope");

        Assert.Equal(2, exit);
        Assert.Contains("worker-1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OneNode_ExitCodeCountsOnlyItsErrors()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, ["explain", Manifests, "--mode", "frr", "--node", "worker-1", .. IpAddr()]);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("node worker-2", output, StringComparison.Ordinal);
    }
}
