namespace MetalLb.Validation.Tests.Cli;

public class ReadmeFrontDoorTests
{
    [Fact]
    public void ReadmeSampleOutput_IsWhatTheToolPrints()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var marker = readme.IndexOf("The first prints:\n\n```\n", StringComparison.Ordinal);
        Assert.True(marker >= 0, "README lost its 'The first prints:' block");
        var start = marker + "The first prints:\n\n```\n".Length;
        var pasted = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)];

        var (exit, output, _) = CliRunner.Run(string.Empty, "validate", Path.Combine(RepositoryRoot.Path, "samples", "configs"));

        Assert.Equal(1, exit);
        Assert.Equal(pasted, output.Replace(RepositoryRoot.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).ReplaceLineEndings("\n").TrimEnd('\n'));
    }
}
