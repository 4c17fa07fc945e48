using System.Text;
using System.Text.Json;

namespace MetalLb.Validation.Tests.Cli;

public class ValidateCommandTests
{
    [Fact]
    public void Sample_HasErrors_Exit1_GroupedByFile()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "validate", Path.Combine(RepositoryRoot.Path, "samples", "configs"));

        Assert.Equal(1, exit);
        Assert.Contains("pools.yaml", output, StringComparison.Ordinal);
        Assert.Contains("MLB0104", output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ errors?, \d+ warnings?, \d+ infos? in \d+ resources", output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void CleanInput_Exit0_WarningsAllowed()
    {
        var (exit, _, _) = CliRunner.Run(Check.Pool("p", "10.0.0.5/24"), "validate", "-");

        Assert.Equal(0, exit);
    }

    [Fact]
    public void NoPath_ReadsStdin()
    {
        var (exit, output, _) = CliRunner.Run(Check.Pool("p", "nope"), "validate", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("<stdin>", JsonDocument.Parse(output).RootElement.GetProperty("diagnostics")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Stdin_InvalidUtf8_IsReportedAtTheByte_AfterTheDocumentsBeforeIt()
    {
        byte[] stdin = [.. Encoding.UTF8.GetBytes(Check.Pool("p", "10.0.0.0/24") + "kind: caf"), 0xE9, (byte)'\n'];

        var (exit, output, _) = CliRunner.Run(stdin, "validate", "-", "--format", "json");

        Assert.Equal(1, exit);
        var finding = JsonDocument.Parse(output).RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "MLB0007");
        Assert.Equal(("<stdin>", 10, 10), (finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
        Assert.Matches(@" in 1 resources? ", CliRunner.Run(stdin, "validate").Out);
    }

    [Fact]
    public void Json_IsExactlyOneDocumentOnStdout()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "validate", CliRunner.Sample("pools.yaml"), "--format", "json");

        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32() > 0);
    }

    [Fact]
    public void Unparseable_Exit1()
    {
        var (exit, output, _) = CliRunner.Run("kind: [", "validate", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("MLB0001", JsonDocument.Parse(output).RootElement.GetProperty("diagnostics")[0].GetProperty("ruleId").GetString());
    }

    [Theory]
    [InlineData("validate", "/no/such/path")]
    [InlineData("validate", "--mode", "bird")]
    [InlineData("validate", "--metallb-version", "latest")]
    [InlineData("validate", "--format", "xml")]
    [InlineData("validate", "--ip-addr", "worker-1")]
    [InlineData("validate", "--no-such-flag")]
    [InlineData("frobnicate")]
    public void UsageErrors_Exit2_OnStderr(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void ModeVersionAndIpAddr_AreAccepted()
    {
        var ipFile = Path.Combine(RepositoryRoot.Path, "samples", "topology", "ip-addr", "worker-1.json");
        var (exit, output, _) = CliRunner.Run(Check.Pool("p", "10.0.0.0/24"), "validate", "-", "--mode", "native", "--metallb-version", "0.15.3", "--ip-addr", $"worker-1={ipFile}");

        Assert.Equal(0, exit);
        Assert.Contains("mode native, MetalLB 0.15.3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void IpAddr_FileThatIsNotIpJson_IsAFinding()
    {
        var (exit, output, _) = CliRunner.Run(Check.Pool("p", "10.0.0.0/24"), "validate", "-", "--ip-addr", $"worker-1={CliRunner.Sample("pools.yaml")}");

        Assert.Equal(1, exit);
        Assert.Contains("MLB0008", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigFile_DisablesRules()
    {
        var config = Path.GetTempFileName();
        try
        {
            File.WriteAllText(config, "disabledRules: [MLB0102]\n");

            var (exit, _, _) = CliRunner.Run(Check.Pool("p", "nope", "10.0.0.0/24"), "validate", "--config", config);

            Assert.Equal(0, exit);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void BadConfigFile_IsAUsageError()
    {
        var config = Path.GetTempFileName();
        try
        {
            File.WriteAllText(config, "mode: bgp\n");

            Assert.Equal(2, CliRunner.Run(string.Empty, "validate", "--config", config).Exit);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void ConfigFile_RuleIds_IgnoreCase()
    {
        var config = Path.GetTempFileName();
        try
        {
            File.WriteAllText(config, "disabledRules: [mlb0102]\nseverity: {mlb0107: error}\n");

            var (exit, output, _) = CliRunner.Run(Check.Pool("p", "nope", "10.0.1.5/24"), "validate", "--config", config);

            Assert.Equal(1, exit);
            Assert.DoesNotContain("MLB0102", output, StringComparison.Ordinal);
            Assert.Matches(@"error\s+MLB0107", output);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void Rules_ListsTheCatalog()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "rules");

        Assert.Equal(0, exit);
        Assert.Contains("MLB0104", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MetalLbNamespaceFlag_IsEnforced_AndTheSummarySaysWhy()
    {
        var pool = Rules.Yaml.Object("IPAddressPool", "lan", "addresses: [192.168.1.240/28]", ns: "networking");

        var (exit, output, _) = CliRunner.Run(pool, "validate", "-", "--metallb-namespace", "lb");
        Assert.Equal(1, exit);
        Assert.Contains("MLB1200", output, StringComparison.Ordinal);
        Assert.EndsWith("namespace lb: given with --metallb-namespace)", output.TrimEnd(), StringComparison.Ordinal);

        var (cleanExit, json, _) = CliRunner.Run(pool, "validate", "-", "--format", "json");
        Assert.Equal(0, cleanExit);
        using var document = JsonDocument.Parse(json);
        var ns = document.RootElement.GetProperty("summary").GetProperty("metallbNamespace");
        Assert.Equal(("networking", "objects"), (ns.GetProperty("name").GetString(), ns.GetProperty("source").GetString()));
    }

    [Fact]
    public void MetalLbNamespaceFlag_NotANamespaceName_IsAUsageError() =>
        Assert.Equal(2, CliRunner.Run(string.Empty, "validate", "-", "--metallb-namespace", "Not_A_Namespace").Exit);
}
