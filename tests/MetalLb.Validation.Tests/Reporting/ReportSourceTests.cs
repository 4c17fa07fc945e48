using System.Text.Json;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Reporting.Json;

namespace MetalLb.Validation.Tests.Reporting;

/// <summary>
/// Where the objects came from (a live cluster) is part of the report: JSON's top-level <c>source</c> and SARIF's
/// <c>runs[0].properties.source</c>, written by the formatters and read back as <see cref="JsonSource"/>.
/// </summary>
public class ReportSourceTests
{
    private static readonly JsonSource Cluster = new("cluster", "https://10.0.0.1:6443", null, true, "metallb-system", 3,
        ["nmstate's NodeNetworkState CRD is not installed (404)", "Secrets in \"metallb-system\" could not be listed (403: <forbidden> é)"]);

    private static ValidationReport Report => Check.Yaml(Check.Pool("a", "10.0.0.0/24", "bad") + Check.L2All);

    [Fact]
    public void Json_EndsWithTheSource_InTheContractsOwnWriting()
    {
        using var output = new StringWriter();
        new JsonReportFormatter { Source = Cluster }.Write(Report, output);

        Assert.EndsWith(
            ""","source":{"kind":"cluster","server":"https://10.0.0.1:6443","context":null,"inCluster":true,"metallbNamespace":"metallb-system","objects":3,"notes":["nmstate's NodeNetworkState CRD is not installed (404)","Secrets in \"metallb-system\" could not be listed (403: <forbidden> é)"]}}""" + Environment.NewLine,
            output.ToString(), StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize(output.ToString(), MetalLbJsonContext.Default.JsonReport)!.Source!;
        Assert.Equal((Cluster.Kind, Cluster.Server, Cluster.Context, Cluster.InCluster, Cluster.MetallbNamespace, Cluster.Objects), (read.Kind, read.Server, read.Context, read.InCluster, read.MetallbNamespace, read.Objects));
        Assert.Equal(Cluster.Notes, read.Notes);
    }

    [Fact]
    public void Json_WithoutASource_IsTheReportAsItWas()
    {
        using var plain = new StringWriter();
        using var withNone = new StringWriter();
        new JsonReportFormatter().Write(Report, plain);
        new JsonReportFormatter { Source = null }.Write(Report, withNone);

        Assert.False(JsonDocument.Parse(plain.ToString()).RootElement.TryGetProperty("source", out _));
        Assert.Equal(plain.ToString(), withNone.ToString());
        Assert.Null(JsonSerializer.Deserialize(plain.ToString(), MetalLbJsonContext.Default.JsonReport)!.Source);
    }

    [Fact]
    public void Sarif_PutsTheSourceInTheRunsProperties_AfterWhatTheRunAssumed()
    {
        using var output = new StringWriter();
        new SarifReportFormatter("1.2.3") { Source = Cluster }.Write(Report, output);

        using var json = JsonDocument.Parse(output.ToString());
        var properties = json.RootElement.GetProperty("runs")[0].GetProperty("properties");
        Assert.Equal("source", properties.EnumerateObject().Last().Name);
        var source = properties.GetProperty("source");
        Assert.Equal(["kind", "server", "context", "inCluster", "metallbNamespace", "objects", "notes"], source.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, source.GetProperty("context").ValueKind);
        Assert.Equal(Cluster.Notes, source.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains("\n        \"source\": {\n          \"kind\": \"cluster\",", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);

        using var plain = new StringWriter();
        new SarifReportFormatter("1.2.3").Write(Report, plain);
        Assert.False(JsonDocument.Parse(plain.ToString()).RootElement.GetProperty("runs")[0].GetProperty("properties").TryGetProperty("source", out _));
    }
}
