using MetalLb.Validation.Configuration;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Configuration;

public class ToolConfigurationReaderTests
{
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
        Assert.Equal(Severity.Warning, options.SeverityOverrides["MLB0104"]);
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
}
