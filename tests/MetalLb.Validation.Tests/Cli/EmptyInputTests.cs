using System.Text.Json;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Cli;

/// <summary>MLB0018: a run that read no document is an error, not a clean pass with 0 resources.</summary>
public class EmptyInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n---\n")]
    public void EmptyStdin_IsAnError_Exit1(string stdin)
    {
        var (exit, output, _) = CliRunner.Run(stdin, "validate", "--format", "json");

        Assert.Equal(1, exit);
        var finding = JsonDocument.Parse(output).RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal(("MLB0018", "error", "<stdin>"), (finding.GetProperty("ruleId").GetString(), finding.GetProperty("severity").GetString(), finding.GetProperty("file").GetString()));
        Assert.Contains("<stdin> is empty", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DirectoryWithoutManifests_IsAnError_NamingIt()
    {
        var dir = Directory.CreateTempSubdirectory("empty");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "README.md"), "# not a manifest\n");

            var (exit, output, _) = CliRunner.Run(string.Empty, "validate", dir.FullName);

            Assert.Equal(1, exit);
            Assert.Contains($"MLB0018  nothing to validate: no .yaml, .yml or .json file was read from directory {dir.FullName}", output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void DisablingIt_AcceptsAnEmptyInput()
    {
        Assert.Equal(0, CliRunner.Run(string.Empty, "validate", "--disable", "MLB0018").Exit);
    }

    [Theory]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n")]
    [InlineData("kind: [")]
    public void AnyDocumentRead_IsNotNothing(string stdin)
    {
        var (_, output, _) = CliRunner.Run(stdin, "validate", "--format", "json");

        Assert.DoesNotContain("MLB0018", output, StringComparison.Ordinal);
    }

    [Fact]
    public void OneEmptyFileBesideAManifest_IsNotNothing()
    {
        var set = new ConfigurationLoader().AddText(string.Empty, "empty.yaml").AddText(Check.Pool("p", "10.0.0.0/24"), "pools.yaml").Build();

        Assert.DoesNotContain(set.LoadDiagnostics, d => d.RuleId == "MLB0018");
    }

    [Fact]
    public void ObjectsGivenDirectly_AreSomething()
    {
        var pools = ConfigurationLoader.LoadText(Check.Pool("p", "10.0.0.0/24")).Objects;

        var set = new ConfigurationLoader().AddText(string.Empty, "<stdin>").AddObjects(pools).Build();

        Assert.DoesNotContain(set.LoadDiagnostics, d => d.RuleId == "MLB0018");
    }
}
