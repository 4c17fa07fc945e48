using MetalLb.Validation.Reporting;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Rules;

public class RuleCatalogTests
{
    [Fact]
    public void Ids_AreWellFormedAndUnique()
    {
        var ids = RuleCatalog.Default.Descriptors.Select(d => d.Id).ToList();

        Assert.All(ids, id => Assert.Matches("^MLB[0-9]{4}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void EveryRule_HasADocPage_ThatNamesItsIdAndTitle()
    {
        foreach (var rule in RuleCatalog.Default.Descriptors)
        {
            var page = Path.Combine(RepositoryRoot.Path, rule.HelpPath);
            Assert.True(File.Exists(page), $"{rule.Id} has no page at {rule.HelpPath}");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {rule.Id}: {rule.Title}", text, StringComparison.Ordinal);
            Assert.Contains($"- Severity: **{rule.DefaultSeverity.ToString().ToLowerInvariant()}**", text, StringComparison.Ordinal);
            Assert.True(
                text.Contains("- Modes: all", StringComparison.Ordinal) == (rule.Modes == Diagnostics.BackendModes.All),
                $"{rule.HelpPath} states the wrong modes");
        }
    }

    [Fact]
    public void Catalogue_HasAConstantForEveryRule_AndEveryConstantIsReported()
    {
        var constants = typeof(MetalLbRules).GetProperties().Where(p => p.PropertyType == typeof(Diagnostics.RuleDescriptor)).Select(p => ((Diagnostics.RuleDescriptor)p.GetValue(null)!).Id).Order(StringComparer.Ordinal);

        Assert.Equal(RuleCatalog.Default.Descriptors.Select(d => d.Id), constants);
    }

    [Fact]
    public void EveryRulePage_NamesTheFilesThatReportIt()
    {
        var library = Path.Combine(RepositoryRoot.Path, "src", "MetalLb.Validation");
        var sources = Directory.GetFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}Catalogue{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(library, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText);
        foreach (var property in typeof(MetalLbRules).GetProperties().Where(p => p.PropertyType == typeof(Diagnostics.RuleDescriptor)))
        {
            var rule = (Diagnostics.RuleDescriptor)property.GetValue(null)!;
            var reference = new System.Text.RegularExpressions.Regex($@"MetalLbRules\.{property.Name}\b");
            var expected = sources.Where(s => reference.IsMatch(s.Value)).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
            var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, rule.HelpPath));
            var named = System.Text.RegularExpressions.Regex.Matches(page.Split('\n').FirstOrDefault(l => l.StartsWith("- Checked in: ", StringComparison.Ordinal)) ?? string.Empty, @"\[`([^`]+)`\]")
                .Select(m => m.Groups[1].Value).ToList();

            Assert.True(expected.SequenceEqual(named), $"{rule.HelpPath} should say '- Checked in:' {string.Join(", ", expected)} (run eng/update-rule-sources.py), but names {string.Join(", ", named)}");
        }
    }

    [Fact]
    public void Descriptors_LinkTheirPage_AndDescribeTheRule_AsRoslynDescriptorsDo()
    {
        Assert.Equal("https://github.com/metallb-validation/metallb-validation/blob/main/docs/rules/MLB0104.md", MetalLbRules.PoolOverlap.HelpLink?.AbsoluteUri);
        Assert.StartsWith("Two entries share addresses", MetalLbRules.PoolOverlap.Description, StringComparison.Ordinal);

        var own = new Diagnostics.RuleDescriptor("ACME0001", "Pool names carry the site", Diagnostics.RuleCategory.Pools, Diagnostics.DiagnosticSeverity.Warning);
        Assert.Null(own.HelpLink);
        Assert.StartsWith("Pool names carry the site.", own.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void DocIndex_IsTheGeneratedOne()
    {
        var index = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "rules", "README.md")).ReplaceLineEndings("\n");

        Assert.True(
            RuleIndexMarkdown.Render(RuleCatalog.Default) == index,
            "docs/rules/README.md is stale: run 'dotnet run --project src/MetalLb.Validation.Cli -- rules --format markdown > docs/rules/README.md'");
    }

    [Fact]
    public void EveryDocPage_BelongsToARule()
    {
        var ids = RuleCatalog.Default.Descriptors.Select(d => d.Id).ToHashSet();
        var pages = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "rules"), "MLB*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.Contains(page!, ids));
    }

    [Fact]
    public void PreflightOutcomes_AreListed_ButNeverRunByValidate()
    {
        var ids = MetalLbRules.PreflightOutcomes.Select(d => d.Id).ToList();

        Assert.All(ids, id => Assert.NotNull(RuleCatalog.Default.Find(id)));
        Assert.All(ids, id => Assert.InRange(int.Parse(id[3..]), 1100, 1199));
        Assert.DoesNotContain(RuleCatalog.Default.Rules, r => r.Descriptors.Any(d => ids.Contains(d.Id)));
    }
}
