using System.Text.Json;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Tests.Reporting;

/// <summary>
/// The structure GitHub code scanning and the SARIF 2.1.0 schema require; .ci/steps/sarif.sh validates the real
/// output against the real schema as well.
/// </summary>
public class SarifReportFormatterTests
{
    private static JsonDocument Render(ValidationReport report, string? baseDirectory = null)
    {
        using var output = new StringWriter();
        new SarifReportFormatter("1.2.3", baseDirectory ?? Directory.GetCurrentDirectory()).Write(report, output);
        return JsonDocument.Parse(output.ToString());
    }

    [Fact]
    public void RelatedPlaces_AreRelatedLocations()
    {
        using var json = Render(Check.Yaml(Check.Pool("a", "10.0.0.0/24") + Check.Pool("a", "10.0.1.0/24") + Check.L2All));

        var result = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "MLB0012");
        var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal(1, related.GetProperty("id").GetInt32());
        Assert.Equal(4, related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("the first copy", related.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Document_HasSchemaVersionAndDriver()
    {
        using var json = Render(Check.Yaml(Check.Pool("a", "10.0.0.0/24") + Check.L2All));

        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-schema-2.1.0.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var driver = Assert.Single(root.GetProperty("runs").EnumerateArray()).GetProperty("tool").GetProperty("driver");
        Assert.Equal("metallb-validate", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_CarryEverythingCodeScanningRequires()
    {
        using var json = Render(Check.Yaml(Check.Pool("a", "10.0.0.0/24") + Check.L2All));

        var rules = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Validation.Rules.RuleCatalog.Default.Descriptors.Length, rules.Count);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Matches("^MLB[0-9]{4}$", id);
            Assert.Matches("^[A-Za-z0-9]+$", rule.GetProperty("name").GetString()!);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            var full = rule.GetProperty("fullDescription").GetProperty("text").GetString()!;
            Assert.InRange(full.Length, 1, 1000);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.EndsWith($"/docs/rules/{id}.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }
    }

    [Fact]
    public void Result_PointsAtRuleFileLineAndColumn()
    {
        var dir = Directory.CreateTempSubdirectory("sarif");
        try
        {
            var sub = Directory.CreateDirectory(Path.Combine(dir.FullName, "deploy", "metallb"));
            File.WriteAllText(Path.Combine(sub.FullName, "pools.yaml"), Check.Pool("a", "10.0.0.0/24", "bad") + Check.L2All);
            var report = new MetalLbValidator().ValidatePaths(sub.FullName);

            using var json = Render(report, dir.FullName);

            var run = json.RootElement.GetProperty("runs")[0];
            var result = Assert.Single(run.GetProperty("results").EnumerateArray());
            Assert.Equal("MLB0102", result.GetProperty("ruleId").GetString());
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal("MLB0102", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[index].GetProperty("id").GetString());
            Assert.Equal("error", result.GetProperty("level").GetString());
            Assert.Contains("bad", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("deploy/metallb/pools.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.Equal(9, physical.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(7, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void CleanReport_HasEmptyResultsArray()
    {
        using var json = Render(Check.Yaml(Check.Pool("a", "10.0.0.0/24") + Check.L2All));

        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(JsonValueKind.Array, results.ValueKind);
        Assert.Equal(0, results.GetArrayLength());
    }

    [Fact]
    public void Stdin_HasNoArtifactUri_ButADescriptionAndARegion()
    {
        var report = new MetalLbValidator().ValidateText(Check.Pool("a", "bad"), "<stdin>");

        using var json = Render(report);

        var location = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        var artifact = location.GetProperty("artifactLocation");
        Assert.False(artifact.TryGetProperty("uri", out _));
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
        Assert.Equal("<stdin>", artifact.GetProperty("description").GetProperty("text").GetString());
        Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        Assert.DoesNotContain("%3C", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void FindingWithoutPosition_HasNoInvalidRegion()
    {
        var report = new ValidationReport(
            [new Validation.Diagnostics.Diagnostic("MLB0104", Validation.Diagnostics.DiagnosticSeverity.Error, "m", null, null, new Validation.Diagnostics.SourceSpan("f.yaml", 0, 0))],
            0, new Dictionary<string, int>(), ValidationOptions.Default);

        using var json = Render(report);

        var region = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(1, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Passwords_NeverAppear()
    {
        var report = Check.Yaml(Check.Peer("p", "myASN: 0\npeerASN: 64600\npeerAddress: 10.0.0.1\npassword: hunter2-secret"));

        using var json = Render(report);

        Assert.DoesNotContain("hunter2", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}
