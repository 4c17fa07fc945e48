using System.Text.Json;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Reporting.Json;

namespace MetalLb.Validation.Tests.Reporting;

/// <summary>The JSON report as types a consumer reads back with the source-generated context.</summary>
public class JsonContractTests
{
    [Fact]
    public void AReportWrittenAsJson_ReadsBackIntoTheContractTypes()
    {
        var report = Check.Yaml(Check.Pool("a", "10.0.0.0/24") + Check.Pool("b", "10.0.0.128/25") + Check.L2All);
        using var output = new StringWriter();
        new JsonReportFormatter().Write(report, output);

        var read = JsonSerializer.Deserialize(output.ToString(), MetalLbJsonContext.Default.JsonReport)!;

        var overlap = Assert.Single(read.Diagnostics, d => d.RuleId == MetalLbRules.PoolOverlap.Id);
        Assert.Equal((Diagnostics.DiagnosticSeverity.Error, "spec.addresses[0]", "b"), (overlap.Severity, overlap.Path, overlap.Resource!.Name));
        Assert.Equal("a", Assert.Single(overlap.Related!).Name);
        Assert.Equal((report.ErrorCount, "frr-k8s", "metallb-system"), (read.Summary.Errors, read.Summary.Mode, read.Summary.MetallbNamespace!.Name));
        Assert.Equal(JsonReport.From(report).Diagnostics.Count, read.Diagnostics.Count);
    }

    [Fact]
    public void Severities_AreTheDocumentedLowerCaseStrings()
    {
        var json = JsonSerializer.Serialize(JsonFinding.From(new Diagnostics.Diagnostic("MLB0107", Diagnostics.DiagnosticSeverity.Warning, "m", null, null, Diagnostics.SourceSpan.None)), MetalLbJsonContext.Default.JsonFinding);

        Assert.Equal("""{"ruleId":"MLB0107","severity":"warning","message":"m","resource":null,"path":null,"file":null,"line":null,"column":null,"node":null}""", json);
    }
}
