using MetalLb.Validation.Reporting.Help;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Reporting.Help;

/// <summary>The pages travel inside the library, so the installed tool has them; a rule without one fails here.</summary>
public class EmbeddedRulePagesTests
{
    [Fact]
    public void EveryCatalogRule_HasItsPageEmbedded()
    {
        foreach (var rule in RuleCatalog.Default.Descriptors)
        {
            var page = EmbeddedRulePages.Read(rule.Id);

            Assert.True(page is not null, $"{rule.Id} has no embedded page; add {rule.HelpPath}");
            Assert.StartsWith($"# {rule.Id}: ", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EmbeddedPage_IsTheRepositorysPage()
    {
        var onDisk = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "rules", "MLB0104.md")).ReplaceLineEndings("\n");

        Assert.Equal(onDisk, EmbeddedRulePages.Read("MLB0104"));
    }

    [Fact]
    public void UnknownRule_HasNoPage() => Assert.Null(EmbeddedRulePages.Read("MLB9001"));
}
