using System.Text.Json;
using System.Xml.Linq;

namespace MetalLb.Validation.Tests.Cli;

public class OutputFormatsAndSettingsTests
{
    private const string Suppressed = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: p
          namespace: metallb-system
          annotations:
            metallb-validate.io/ignore: MLB0102
        spec:
          addresses:
            - nope
        """;

    [Fact]
    public void Sarif_IsExactlyOneDocumentOnStdout()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "validate", Path.Combine(RepositoryRoot.Path, "samples", "configs"), "--format", "sarif");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength() > 0);
    }

    [Fact]
    public void Junit_IsExactlyOneXmlDocumentOnStdout()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "validate", Path.Combine(RepositoryRoot.Path, "samples", "configs"), "--format", "junit");

        Assert.Equal(1, exit);
        Assert.NotEmpty(XDocument.Parse(output).Descendants("failure"));
    }

    [Fact]
    public void Suppression_HonouredByDefault_ForbiddenByNoSuppressions()
    {
        Assert.Equal(0, CliRunner.Run(Suppressed, "validate", "-").Exit);

        var (exit, output, _) = CliRunner.Run(Suppressed, "validate", "-", "--no-suppressions");

        Assert.Equal(1, exit);
        Assert.Contains("MLB0102", output, StringComparison.Ordinal);
    }

    [Fact]
    public void IgnorePaths_AreRelativeToTheSettingsFile()
    {
        var dir = Directory.CreateTempSubdirectory("ignore");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "generated"));
            File.WriteAllText(Path.Combine(dir.FullName, "generated", "bad.yaml"), Check.Pool("bad", "nope"));
            File.WriteAllText(Path.Combine(dir.FullName, "good.yaml"), Check.Pool("good", "10.0.0.0/24"));
            var settings = Path.Combine(dir.FullName, ".metallb-validate.yaml");
            File.WriteAllText(settings, "ignorePaths:\n  - generated/**\n");

            var withIgnore = CliRunner.Run(string.Empty, "validate", dir.FullName, "--config", settings, "--format", "json");
            var without = CliRunner.Run(string.Empty, "validate", dir.FullName, "--format", "json");

            Assert.Equal(0, withIgnore.Exit);
            Assert.Equal(1, JsonDocument.Parse(withIgnore.Out).RootElement.GetProperty("summary").GetProperty("resources").GetInt32());
            Assert.Equal(1, without.Exit);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Limits_FromTheSettingsFile_ReachTheLoader()
    {
        var dir = Directory.CreateTempSubdirectory("limits");
        try
        {
            var manifests = Path.Combine(dir.FullName, "pools.yaml");
            File.WriteAllText(manifests, Check.Pool("a", "10.0.0.0/24") + "---\n" + Check.Pool("b", "10.0.1.0/24"));
            var settings = Path.Combine(dir.FullName, "settings.yaml");
            File.WriteAllText(settings, "limits:\n  maxDocuments: 1\n");

            var limited = CliRunner.Run(string.Empty, "validate", manifests, "--config", settings);
            var unlimited = CliRunner.Run(string.Empty, "validate", manifests);

            Assert.Equal(1, limited.Exit);
            Assert.Contains("MLB0002", limited.Out, StringComparison.Ordinal);
            Assert.Equal(0, unlimited.Exit);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void MissingSettingsFile_IsUsageError()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "validate", "--config", "/no/such/settings.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("settings file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("rules")]
    public void Help_DescribesEveryOption(string command)
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--format", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n  --format  \n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheInformationalVersion()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }
}
