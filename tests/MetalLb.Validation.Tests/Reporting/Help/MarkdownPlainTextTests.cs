using MetalLb.Validation.Reporting.Help;

namespace MetalLb.Validation.Tests.Reporting.Help;

public class MarkdownPlainTextTests
{
    [Theory]
    [InlineData("Set `holdTime` to **90s**.", "Set holdTime to 90s.")]
    [InlineData("compares as *before* every pool", "compares as before every pool")]
    [InlineData("see [MLB1007](https://x/MLB1007.md).", "see MLB1007 (https://x/MLB1007.md).")]
    [InlineData("2 * 3 and \\*not emphasis\\*", "2 * 3 and *not emphasis*")]
    [InlineData("a `` code with ` inside `` b", "a code with ` inside b")]
    [InlineData("an [unclosed bracket", "an [unclosed bracket")]
    public void Inline_LosesItsMarkers(string markdown, string text) => Assert.Equal(text, MarkdownPlainText.Render(markdown));

    [Fact]
    public void Headings_LoseHashes_AndCodeBlocks_LoseFencesAndAreIndented()
    {
        var text = MarkdownPlainText.Render("## Example\n\n```yaml\nb: [*a, `x`]\n\nc: 1\n```\n\nDone.");

        Assert.Equal("Example\n\n    b: [*a, `x`]\n\n    c: 1\n\nDone.", text);
    }

    [Fact]
    public void CodeSpan_MaySpanLines() =>
        Assert.Equal("message: first\nsecond line", MarkdownPlainText.Render("message: `first\nsecond line`"));
}
