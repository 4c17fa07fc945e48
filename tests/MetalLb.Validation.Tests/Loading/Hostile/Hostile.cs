using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Tests.Loading.Hostile;

/// <summary>Loads and validates hostile input through the public API and checks the common promises.</summary>
internal static class Hostile
{
    public static ValidationReport Validate(Stream input, LoadLimits? limits = null)
    {
        var set = new ConfigurationLoader(limits).AddStream(input, "hostile.yaml").Build();
        return Validate(set, limits);
    }

    public static ValidationReport Validate(string text, LoadLimits? limits = null) =>
        Validate(ConfigurationLoader.LoadText(text, "hostile.yaml", limits), limits);

    /// <summary>The first finding of <paramref name="ruleId"/>, asserting it has a real position.</summary>
    public static Diagnostic Finding(ValidationReport report, string ruleId)
    {
        var finding = report.For(ruleId).FirstOrDefault();
        Assert.True(finding is not null, $"expected {ruleId}, got:\n{string.Join("\n", report.Diagnostics.Take(20))}");
        Assert.Equal("hostile.yaml", finding.Location.File);
        Assert.True(finding.Location.Line >= 1, $"no line in {finding}");
        return finding;
    }

    private static ValidationReport Validate(ConfigurationSet set, LoadLimits? limits)
    {
        var report = new MetalLbValidator(ValidationOptions.Default with { Limits = limits ?? LoadLimits.Default }).Validate(set);
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId == "MLB0000");
        return report;
    }
}
