using System.Text.Json;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Cli;

public class RulesJsonTests
{
    [Fact]
    public void RulesJson_ListsEveryRuleOfTheCatalog_WithModesAndReleases()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "rules", "--format", "json");

        Assert.Equal(0, exit);
        var rules = JsonDocument.Parse(output).RootElement.GetProperty("rules").EnumerateArray().ToList();
        var catalog = Validation.Rules.RuleCatalog.Default.Descriptors;
        Assert.Equal(catalog.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, descriptor) in rules.Zip(catalog))
        {
            Assert.Equal(descriptor.Title, rule.GetProperty("title").GetString());
            Assert.Equal(descriptor.DefaultSeverity.ToString().ToLowerInvariant(), rule.GetProperty("defaultSeverity").GetString());
            var modes = rule.GetProperty("modes").EnumerateArray().Select(m => m.GetString()!).ToList();
            Assert.All(Enum.GetValues<Validation.Diagnostics.BackendMode>(), mode =>
                Assert.Equal((descriptor.Modes & mode.AsSet()) != 0, modes.Contains(mode.ToConfigName())));
            Assert.Equal(descriptor.AppliesTo.From?.ToString(), rule.GetProperty("releases").GetProperty("from").GetString());
            Assert.Equal(descriptor.AppliesTo.Through?.ToString(), rule.GetProperty("releases").GetProperty("through").GetString());
            Assert.EndsWith($"/docs/rules/{descriptor.Id}.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains(rules, r => r.GetProperty("modes").GetArrayLength() < 3);
        Assert.Contains(rules, r => r.GetProperty("releases").GetProperty("from").ValueKind == JsonValueKind.String);
    }
}
