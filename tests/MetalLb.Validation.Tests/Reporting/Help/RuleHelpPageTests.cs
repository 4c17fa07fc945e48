using MetalLb.Validation.Reporting.Help;

namespace MetalLb.Validation.Tests.Reporting.Help;

public class RuleHelpPageTests
{
    private const string Page = """
        # MLB0999: Something is off

        - Severity: **error**
        - Category: Pools
        - Modes: all
        - MetalLB's own message: `first line
        second line`

        ## What it means

        The `thing` is off; see [MLB0104](MLB0104.md) and [the README](../../README.md#rules).

        ## How to fix

        Turn it on.
        """;

    private static readonly Uri PageUri = new("https://example.org/repo/blob/main/docs/rules/MLB0999.md");

    [Fact]
    public void Markdown_StartsAfterTheTitle_WithoutSeverityAndCategory()
    {
        var help = RuleHelpPage.Parse(Page, PageUri);

        Assert.StartsWith("- Modes: all\n- MetalLB's own message: `first line\nsecond line`\n\n## What it means", help.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeLinks_ResolveAgainstThePage()
    {
        var help = RuleHelpPage.Parse(Page, PageUri);

        Assert.Contains("(https://example.org/repo/blob/main/docs/rules/MLB0104.md)", help.Markdown, StringComparison.Ordinal);
        Assert.Contains("(https://example.org/repo/blob/main/README.md#rules)", help.Markdown, StringComparison.Ordinal);
        Assert.Equal(PageUri.AbsoluteUri, help.PageUri);
    }

    [Fact]
    public void Description_IsWhatItMeans_AsPlainText()
    {
        var help = RuleHelpPage.Parse(Page, PageUri);

        Assert.Equal(
            "The thing is off; see MLB0104 (https://example.org/repo/blob/main/docs/rules/MLB0104.md) and the README (https://example.org/repo/blob/main/README.md#rules).",
            help.Description);
    }

    [Fact]
    public void LongDescription_IsCutAfterASentence_WithinGitHubsLimit()
    {
        var sentence = new string('x', 99) + ". ";
        var shortened = PlainTextLimit.Shorten(string.Concat(Enumerable.Repeat(sentence, 20)), PlainTextLimit.DescriptionLength);

        Assert.InRange(shortened.Length, 1, PlainTextLimit.DescriptionLength);
        Assert.EndsWith(".…", shortened, StringComparison.Ordinal);
    }
}
