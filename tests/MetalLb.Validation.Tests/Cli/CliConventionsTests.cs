using System.Text.Json;

namespace MetalLb.Validation.Tests.Cli;

/// <summary>The conventions of the field: --fail-on, --enable/--disable, unknown ids and options as usage errors.</summary>
public class CliConventionsTests
{
    /// <summary>One warning (MLB0107: host bits set), no error.</summary>
    private static readonly string WarningOnly = Check.L2All + Check.Pool("p", "10.0.0.5/24");

    /// <summary>One info (MLB0013: a substitution variable), nothing worse.</summary>
    private static readonly string InfoOnly = Check.L2All + Check.Pool("p", "10.0.0.0/24").Replace("---", "  autoAssign: ${AUTO}\n---", StringComparison.Ordinal);

    [Theory]
    [InlineData(new string[0], 0, 0)]
    [InlineData(new[] { "--fail-on", "error" }, 0, 0)]
    [InlineData(new[] { "--fail-on", "warning" }, 1, 0)]
    [InlineData(new[] { "--fail-on", "WARNING" }, 1, 0)]
    [InlineData(new[] { "--fail-on", "info" }, 1, 1)]
    public void FailOn_ExitsOneAtOrAboveTheSeverity(string[] flags, int exitOnWarning, int exitOnInfo)
    {
        Assert.Equal(exitOnWarning, CliRunner.Run(WarningOnly, ["validate", .. flags]).Exit);
        Assert.Equal(exitOnInfo, CliRunner.Run(InfoOnly, ["validate", .. flags]).Exit);
    }

    [Fact]
    public void FailOn_ErrorsStillFailAtEveryLevel()
    {
        Assert.Equal(1, CliRunner.Run(Check.Pool("p", "nope"), "validate", "--fail-on", "info").Exit);
    }

    [Fact]
    public void FailOn_UnknownLevel_IsUsageError()
    {
        var (exit, output, error) = CliRunner.Run(WarningOnly, "validate", "--fail-on", "danger");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("--fail-on must be error, warning or info", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FailOn_FromTheSettingsFile_AndTheCommandLineWins()
    {
        WithSettings("failOn: warning\n", settings =>
        {
            Assert.Equal(1, CliRunner.Run(WarningOnly, "validate", "--config", settings).Exit);
            Assert.Equal(0, CliRunner.Run(WarningOnly, "validate", "--config", settings, "--fail-on", "error").Exit);
        });
        WithSettings("failOn: danger\n", settings =>
        {
            var (exit, _, error) = CliRunner.Run(WarningOnly, "validate", "--config", settings);
            Assert.Equal(2, exit);
            Assert.Contains("failOn must be error, warning or info", error, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void FailOn_AppliesToExplain()
    {
        Assert.Equal(0, CliRunner.Run(WarningOnly, "explain").Exit);
        Assert.Equal(1, CliRunner.Run(WarningOnly, "explain", "--fail-on", "warning").Exit);
    }

    [Theory]
    [InlineData("--disable", "MLB0107")]
    [InlineData("--disable", "mlb0107")]
    [InlineData("--disable", "MLB0112,mlb0107")]
    public void Disable_OnTheCommandLine_AnyCase_CommaLists(string flag, string ids)
    {
        var (exit, output, _) = CliRunner.Run(WarningOnly, "validate", "--format", "json", "--fail-on", "warning", flag, ids);

        Assert.Equal(0, exit);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Disable_IsRepeatable()
    {
        var input = WarningOnly + Check.Pool("q", "10.1.0.0/24") + Check.Pool("r", "10.1.0.0/24");
        var before = RuleIdsOf(CliRunner.Run(input, "validate", "--format", "json").Out);
        var after = RuleIdsOf(CliRunner.Run(input, "validate", "--format", "json", "--disable", "MLB0107", "--disable", before.First(id => id != "MLB0107")).Out);

        Assert.Contains("MLB0107", before);
        Assert.True(before.Distinct().Count() >= 2, string.Join(",", before));
        Assert.Equal(before.Where(id => id != "MLB0107" && id != before.First(i => i != "MLB0107")), after);
    }

    [Fact]
    public void Enable_TurnsBackOnWhatTheSettingsFileDisables_AnyCase()
    {
        WithSettings("disabledRules:\n  - mlb0107\n", settings =>
        {
            Assert.Equal(0, CliRunner.Run(WarningOnly, "validate", "--config", settings, "--fail-on", "warning").Exit);
            Assert.Equal(1, CliRunner.Run(WarningOnly, "validate", "--config", settings, "--fail-on", "warning", "--enable", "MLB0107").Exit);
        });
    }

    [Fact]
    public void SettingsFileSeverity_KeysAreCaseInsensitive()
    {
        WithSettings("severity:\n  mlb0107: error\n", settings =>
            Assert.Equal(1, CliRunner.Run(WarningOnly, "validate", "--config", settings).Exit));
    }

    [Fact]
    public void SameRule_DisabledAndEnabled_IsUsageError()
    {
        var (exit, _, error) = CliRunner.Run(WarningOnly, "validate", "--disable", "MLB0107", "--enable", "mlb0107");

        Assert.Equal(2, exit);
        Assert.Contains("MLB0107", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--disable", "MLB0017x", "did you mean MLB0017?")]
    [InlineData("--enable", "mlb017", "did you mean MLB0017?")]
    [InlineData("--disable", "MLB9999", "'metallb-validate rules' lists them")]
    public void UnknownRuleId_OnTheCommandLine_IsUsageError_NamingTheClosest(string flag, string id, string hint)
    {
        var (exit, output, error) = CliRunner.Run(WarningOnly, "validate", flag, id);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains($"{flag}: unknown rule id '{id}'", error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("disabledRules:\n  - MLB0107\n  - MLB-0107\n", "disabledRules: unknown rule id 'MLB-0107'; did you mean MLB0107?")]
    [InlineData("severity:\n  MLB01077: info\n", "severity: unknown rule id 'MLB01077'; did you mean MLB0107?")]
    public void UnknownRuleId_InTheSettingsFile_IsUsageError_NamingTheClosest(string yaml, string expected)
    {
        WithSettings(yaml, settings =>
        {
            var (exit, output, error) = CliRunner.Run(WarningOnly, "validate", "--config", settings);

            Assert.Equal((2, string.Empty), (exit, output));
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.Contains(settings, error, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("explain")]
    [InlineData("node-check")]
    public void UnknownOption_IsUsageError_NotAPath(string command)
    {
        var (exit, output, error) = CliRunner.Run(WarningOnly, command, "--bogus");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("unknown option --bogus", error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltOption_SuggestsTheClosest()
    {
        var (exit, _, error) = CliRunner.Run(WarningOnly, "validate", "--disabel", "MLB0107");

        Assert.Equal(2, exit);
        Assert.Contains("unknown option --disabel; did you mean --disable?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterDoubleDash_AWordStartingWithDash_IsAPath()
    {
        var (exit, _, error) = CliRunner.Run(WarningOnly, "validate", "--", "-no-such-file");

        Assert.Equal(2, exit);
        Assert.Contains("cannot read '-no-such-file'", error, StringComparison.Ordinal);
    }

    internal static void WithSettings(string yaml, Action<string> test)
    {
        var dir = Directory.CreateTempSubdirectory("settings");
        try
        {
            var settings = Path.Combine(dir.FullName, "settings.yaml");
            File.WriteAllText(settings, yaml);
            test(settings);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<string> RuleIdsOf(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("ruleId").GetString()!).ToList();
}
