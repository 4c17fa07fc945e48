using System.Text.Json;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Tests.Suppressions;

/// <summary>Per-rule annotations with a reason: the finding is kept apart, explained and counted, never silently lost.</summary>
public class SuppressionTests
{
    private static string Pool(string annotations) => $$"""
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: office
          namespace: metallb-system
          annotations:
        {{annotations}}
        spec:
          addresses: ["10.0.1.5/24"]
        ---

        """ + Check.L2All;

    private static readonly string WithReason = Pool("    ignore.metallb-validate.io/mlb0107: \"the router hands out .5 as the gateway; MetalLB uses the whole /24 on purpose\"");

    [Fact]
    public void PerRuleAnnotation_SuppressesThatRule_AndKeepsTheReason()
    {
        var report = Check.Yaml(WithReason);

        Assert.Empty(report.For("MLB0107"));
        var suppressed = Assert.Single(report.Suppressed);
        Assert.Equal(("MLB0107", "the router hands out .5 as the gateway; MetalLB uses the whole /24 on purpose"), (suppressed.RuleId, suppressed.Justification));
        Assert.Equal(0, report.WarningCount);
    }

    [Fact]
    public void TheListAnnotation_StillSuppresses_WithAnEmptyReason()
    {
        var report = Check.Yaml(Pool("    metallb-validate.io/ignore: \"MLB0107\""));

        Assert.Equal(string.Empty, Assert.Single(report.Suppressed).Justification);
    }

    [Fact]
    public void WithoutSuppressions_TheFindingCounts_AndNothingIsSuppressed()
    {
        var report = Check.Yaml(WithReason, new ValidationOptions { HonorSuppressions = false });

        Assert.Single(report.For("MLB0107"));
        Assert.Empty(report.Suppressed);
    }

    [Fact]
    public void EveryFormat_SaysWhatWasSuppressed()
    {
        var report = Check.Yaml(WithReason);

        var text = Render(new TextReportFormatter(), report);
        Assert.Contains("1 finding suppressed by annotations", text, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(Render(new JsonReportFormatter(), report));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32());
        Assert.StartsWith("the router hands out", json.RootElement.GetProperty("suppressed")[0].GetProperty("justification").GetString(), StringComparison.Ordinal);

        using var sarif = JsonDocument.Parse(Render(new SarifReportFormatter("0.1.0"), report));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "MLB0107");
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.StartsWith("the router hands out", suppression.GetProperty("justification").GetString(), StringComparison.Ordinal);
    }

    private static string Render(IReportFormatter formatter, ValidationReport report)
    {
        using var output = new StringWriter();
        formatter.Write(report, output);
        return output.ToString();
    }
}
