namespace MetalLb.Validation.Tests.Cli.Reporting;

public class GitHubAnnotationFormatterTests
{
    private static string Samples => Path.Combine(RepositoryRoot.Path, "samples", "configs");

    [Fact]
    public void Sample_OneAnnotationPerFinding_WithFileLineAndRule()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "validate", Samples, "--format", "github");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        var lines = output.TrimEnd().Split('\n');
        var overlap = Assert.Single(lines, l => l.Contains("MLB0104", StringComparison.Ordinal));
        Assert.StartsWith("::error file=", overlap, StringComparison.Ordinal);
        Assert.Contains("pools.yaml,line=22,col=7,title=MLB0104::MLB0104: ", overlap, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("::warning ", StringComparison.Ordinal) && l.Contains("title=MLB0107", StringComparison.Ordinal));
        Assert.StartsWith("3 errors, 2 warnings", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void MessageData_EscapesPercentAndLineBreaks()
    {
        var finding = new Diagnostics.Diagnostic("MLB0107", Diagnostics.DiagnosticSeverity.Warning, "100% of\r\nit", null, null, new Diagnostics.SourceSpan("pools.yaml", 3, 5));
        using var output = new StringWriter();

        new MetalLb.Validation.Cli.Reporting.GitHubAnnotationFormatter().Write(new ValidationReport([finding], 1, new Dictionary<string, int>(), new ValidationOptions()), output);

        Assert.StartsWith("::warning file=pools.yaml,line=3,col=5,title=MLB0107::MLB0107: 100%25 of%0D%0Ait\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_HasNoFileProperty()
    {
        var yaml = Check.Pool("p", "10.0.0.5/24");

        var (_, output, _) = CliRunner.Run(yaml, "validate", "-", "--format", "github");

        var line = Assert.Single(output.Split('\n'), l => l.Contains("MLB0107", StringComparison.Ordinal));
        Assert.StartsWith("::warning title=MLB0107::", line, StringComparison.Ordinal);
    }

    [Fact]
    public void FileProperty_EscapesCommaAndColon()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var file = Path.Combine(dir.FullName, "pools,v1:a.yaml");
            File.WriteAllText(file, Check.Pool("p", "10.0.0.5/24"));

            var (_, output, _) = CliRunner.Run(string.Empty, "validate", file, "--format", "github");

            var line = Assert.Single(output.Split('\n'), l => l.Contains("MLB0107", StringComparison.Ordinal));
            Assert.Contains("pools%2Cv1%3Aa.yaml,line=", line, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
