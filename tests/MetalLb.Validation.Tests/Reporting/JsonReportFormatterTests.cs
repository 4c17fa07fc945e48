using System.Text.Json;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Tests.Reporting;

public class JsonReportFormatterTests
{
    [Fact]
    public void Shape_MatchesTheContract()
    {
        var report = Check.Yaml(Check.Pool("a", "10.0.0.0/24", "bad"), new ValidationOptions { DisabledRules = new HashSet<string> { "MLB0112" } });
        using var output = new StringWriter();

        new JsonReportFormatter().Write(report, output);

        using var json = JsonDocument.Parse(output.ToString());
        var d = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("MLB0102", d.GetProperty("ruleId").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("IPAddressPool", d.GetProperty("resource").GetProperty("kind").GetString());
        Assert.Equal("metallb-system", d.GetProperty("resource").GetProperty("namespace").GetString());
        Assert.Equal("spec.addresses[1]", d.GetProperty("path").GetString());
        Assert.Equal("test.yaml", d.GetProperty("file").GetString());
        Assert.Equal(9, d.GetProperty("line").GetInt32());
        Assert.Equal(7, d.GetProperty("column").GetInt32());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("node").ValueKind);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("resources").GetInt32());
        Assert.False(d.TryGetProperty("related", out _));
    }

    [Fact]
    public void AFindingInvolvingAnotherPlace_ListsItAsRelated()
    {
        var report = Check.Yaml(Check.Pool("a", "10.0.0.0/24") + Check.Pool("a", "10.0.1.0/24") + Check.L2All);
        using var output = new StringWriter();

        new JsonReportFormatter().Write(report, output);

        using var json = JsonDocument.Parse(output.ToString());
        var duplicate = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "MLB0012");
        var related = Assert.Single(duplicate.GetProperty("related").EnumerateArray());
        Assert.Equal(("the first copy", "metadata.name", 4), (related.GetProperty("message").GetString(), related.GetProperty("path").GetString(), related.GetProperty("line").GetInt32()));
        Assert.Equal(13, duplicate.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Passwords_NeverAppear()
    {
        var report = Check.Yaml(Check.Peer("p", "myASN: 0\npeerASN: 64600\npeerAddress: 10.0.0.1\npassword: hunter2-secret"));
        using var output = new StringWriter();

        new JsonReportFormatter().Write(report, output);
        new TextReportFormatter().Write(report, output);

        Assert.NotEmpty(report.Diagnostics);
        Assert.DoesNotContain("hunter2", output.ToString(), StringComparison.Ordinal);
    }
}
