namespace MetalLb.Validation.Tests.Cli;

public class ReadmeExplainTests
{
    [Fact]
    public void ReadmeExplainOutput_IsWhatTheToolPrints()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```\nmode frr,", StringComparison.Ordinal) + 4;
        var pasted = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)];
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "topology");

        var (exit, output, _) = CliRunner.Run(
            string.Empty,
            "explain", Path.Combine(sample, "manifests"), "--mode", "frr",
            "--ip-addr", $"worker-1={Path.Combine(sample, "ip-addr", "worker-1.json")}",
            "--ip-addr", $"worker-2={Path.Combine(sample, "ip-addr", "worker-2.json")}");

        Assert.Equal(1, exit);
        Assert.Equal(pasted, output.Replace(RepositoryRoot.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public void ReadmeMermaid_IsWhatTheToolPrints()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```mermaid\n", StringComparison.Ordinal) + 11;
        var pasted = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "topology");

        var (_, output, _) = CliRunner.Run(
            string.Empty,
            "explain", Path.Combine(sample, "manifests"), "--mode", "frr", "--format", "mermaid",
            "--ip-addr", $"worker-1={Path.Combine(sample, "ip-addr", "worker-1.json")}",
            "--ip-addr", $"worker-2={Path.Combine(sample, "ip-addr", "worker-2.json")}");

        Assert.Equal(pasted, output.ReplaceLineEndings("\n"));
    }
}
