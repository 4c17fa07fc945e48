using System.Text.Json;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Reporting;

/// <summary>The rule pages reach SARIF's help, so code scanning's alert view explains each rule.</summary>
public class SarifRuleHelpTests
{
    private static readonly string[] MarkdownMarkers = ["**", "```", "](", "## "];

    private static Dictionary<string, JsonElement> Rules(RuleCatalog? catalog = null)
    {
        using var output = new StringWriter();
        new SarifReportFormatter("1.2.3", catalog: catalog).Write(Check.Yaml(Check.Pool("a", "10.0.0.0/24")), output);
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.Clone());
    }

    private static string Section(string ruleId, string heading)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "rules", ruleId + ".md")).ReplaceLineEndings("\n");
        var start = page.IndexOf("## " + heading + "\n", StringComparison.Ordinal) + heading.Length + 4;
        var end = page.IndexOf("\n## ", start, StringComparison.Ordinal);
        return page[start..(end < 0 ? page.Length : end)].Trim();
    }

    [Fact]
    public void HelpMarkdown_CarriesThePagesHowToFix()
    {
        var markdown = Rules()["MLB0104"].GetProperty("help").GetProperty("markdown").GetString()!;

        Assert.Contains(Section("MLB0104", "How to fix"), markdown, StringComparison.Ordinal);
        Assert.Contains(Section("MLB0104", "Why it matters"), markdown, StringComparison.Ordinal);
        Assert.Contains("```yaml", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpMarkdown_DropsTheTitleAndTheMetadataOtherFieldsCarry()
    {
        var markdown = Rules()["MLB0104"].GetProperty("help").GetProperty("markdown").GetString()!;

        Assert.DoesNotContain("# MLB0104", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("- Severity:", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("- Category:", markdown, StringComparison.Ordinal);
        Assert.Contains("- MetalLB's own message:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpMarkdown_LinksAreAbsolute_OnTheHelpUriBase()
    {
        var markdown = Rules()["MLB1111"].GetProperty("help").GetProperty("markdown").GetString()!;

        Assert.Contains($"]({SarifReportFormatter.RulesDocumentationBase}MLB1007.md)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](MLB", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpText_HasNoMarkdownMarkers_ForAnyRule()
    {
        foreach (var (id, rule) in Rules())
        {
            var text = rule.GetProperty("help").GetProperty("text").GetString()!;
            Assert.All(MarkdownMarkers, marker => Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{id}: help.text contains {marker}"));
            Assert.DoesNotContain('`', text);
        }
    }

    [Fact]
    public void HelpText_KeepsTheFixAndTheExample()
    {
        var text = Rules()["MLB0104"].GetProperty("help").GetProperty("text").GetString()!;

        Assert.Contains("How to fix\n\nGive each address to exactly one pool", text, StringComparison.Ordinal);
        Assert.Contains("\n    kind: IPAddressPool\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FullDescription_IsTheMeaningParagraph()
    {
        var description = Rules()["MLB0104"].GetProperty("fullDescription").GetProperty("text").GetString()!;

        Assert.Equal(Section("MLB0104", "What it means").Replace("`", string.Empty, StringComparison.Ordinal), description);
    }

    [Fact]
    public void CustomRule_FallsBackToItsDescriptor_WithoutALinkToAMissingPage()
    {
        var rule = Rules(RuleCatalog.Default.With(CustomRule.Create()))[CustomRule.Id];

        Assert.StartsWith("Pool names follow the team convention.", rule.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Pool names follow the team convention.", rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("markdown").GetString()));
        Assert.False(rule.TryGetProperty("helpUri", out _));
    }

    private static class CustomRule
    {
        public const string Id = "MLB9001";

        public static Rule Create() => Rule.ForSet(new RuleDescriptor(Id, "Pool names follow the team convention", RuleCategory.Pools, DiagnosticSeverity.Warning), _ => { });
    }
}
