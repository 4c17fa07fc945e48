using MetalLb.Validation.Configuration;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Configuration;

public class ToolConfigurationReaderTests
{
    [Fact]
    public void RuleIds_AreCaseInsensitive_WhenApplied()
    {
        var config = ToolConfigurationReader.Read("disabledRules: [mlb0107]\nseverity: {mlb0104: warning}\nfailOn: Warning\n", "c.yaml", out var errors);
        var input = Check.L2All + Check.Pool("a", "10.0.0.5/24") + Check.Pool("b", "10.0.0.0/24");

        var report = new MetalLbValidator(config.ApplyTo(ValidationOptions.Default)).ValidateText(input);

        Assert.Empty(errors);
        Assert.Equal(DiagnosticSeverity.Warning, config.FailOn);
        Assert.Empty(report.For("MLB0107"));
        Assert.All(report.For("MLB0104"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.NotEmpty(report.For("MLB0104"));
    }

    [Fact]
    public void Reads_EverySetting()
    {
        var config = ToolConfigurationReader.Read("""
            mode: native
            metallbVersion: v0.15.3
            disabledRules: [MLB0107]
            severity: {MLB0104: warning}
            honorSuppressions: false
            ignorePaths: ["vendor/**"]
            """, "c.yaml", out var errors);

        Assert.Empty(errors);
        var options = config.ApplyTo(ValidationOptions.Default);
        Assert.Equal(BackendMode.Native, options.Mode);
        Assert.Equal(new Version(0, 15, 3), options.MetalLbVersion);
        Assert.Contains("MLB0107", options.DisabledRules);
        Assert.Equal(DiagnosticSeverity.Warning, options.SeverityOverrides["MLB0104"]);
        Assert.False(options.HonorSuppressions);
        Assert.Equal(["vendor/**"], config.IgnorePaths);
    }

    [Fact]
    public void Mistakes_AreReportedWithPositions()
    {
        ToolConfigurationReader.Read("mode: bgp\nseverity: {MLB0104: loud}\nmodee: x\n", "c.yaml", out var errors);

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.True(e.Location.Line > 0));
    }

    [Fact]
    public void Limits_ReplaceOnlyTheEntriesGiven()
    {
        var config = ToolConfigurationReader.Read("limits: {maxCharactersPerSource: 268435456, maxFiles: 10}\n", "c.yaml", out var errors);

        Assert.Empty(errors);
        var limits = config.ApplyTo(ValidationOptions.Default).Limits;
        Assert.Equal(268_435_456, limits.MaxCharactersPerSource);
        Assert.Equal(10, limits.MaxFiles);
        Assert.Equal(LoadLimits.Default.MaxDepth, limits.MaxDepth);
        Assert.Equal(LoadLimits.Default.MaxDocuments, limits.MaxDocuments);
    }

    [Theory]
    [InlineData("limits: {maxDepth: 5000}", "MLB0010")]
    [InlineData("limits: {maxFiles: 0}", "MLB0010")]
    [InlineData("limits: {maxDocs: 5}", "MLB0005")]
    [InlineData("limits: {maxDepth: deep}", "MLB0004")]
    [InlineData("limits: 5", "MLB0004")]
    public void Limits_OutOfRangeOrMisspelt_AreReportedAndTheDefaultKept(string yaml, string rule)
    {
        var config = ToolConfigurationReader.Read(yaml, "c.yaml", out var errors);

        Assert.Equal(rule, Assert.Single(errors).RuleId);
        Assert.Equal(LoadLimits.Default.MaxDepth, config.ApplyTo(ValidationOptions.Default).Limits.MaxDepth);
    }
}
