namespace MetalLb.Validation.Reporting.Help;

/// <summary>
/// Turns a rule page (<c># MLBnnnn: Title</c>, a metadata list, then What it means / Why it matters / Example that fires /
/// How to fix) into SARIF help. The H1 and the Severity and Category items are dropped: SARIF carries them as
/// <c>shortDescription</c>, <c>defaultConfiguration.level</c> and <c>properties.tags</c>. Modes, releases and MetalLB's
/// own message stay, since no other SARIF field says them.
/// </summary>
internal static class RuleHelpPage
{
    private const string MeaningHeading = "## What it means";

    private static readonly string[] DuplicatedMetadata = ["- Severity:", "- Category:"];

    /// <summary>The help of the page at <paramref name="pageUri"/>, whose Markdown is <paramref name="page"/>.</summary>
    public static RuleHelp Parse(string page, Uri pageUri)
    {
        var lines = page.ReplaceLineEndings("\n").Split('\n');
        var afterTitle = lines.SkipWhile(string.IsNullOrWhiteSpace).SkipWhile(l => l.StartsWith("# ", StringComparison.Ordinal)).SkipWhile(string.IsNullOrWhiteSpace);
        var body = WithoutDuplicatedMetadata(afterTitle);
        var markdown = MarkdownLinks.MakeAbsolute(string.Join('\n', body).Trim(), pageUri);
        var meaning = MarkdownPlainText.Render(string.Join('\n', Section(markdown.Split('\n'), MeaningHeading)));
        return new RuleHelp(
            PlainTextLimit.Shorten(meaning, PlainTextLimit.DescriptionLength),
            MarkdownPlainText.Render(markdown),
            markdown,
            pageUri.AbsoluteUri);
    }

    /// <summary>The lines under <paramref name="heading"/>, up to the next section (pages use H2 sections only).</summary>
    private static IEnumerable<string> Section(IEnumerable<string> lines, string heading) =>
        lines.SkipWhile(l => l.TrimEnd() != heading).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));

    /// <summary>The lines without the metadata items SARIF already carries; an item's continuation lines go with it.</summary>
    private static IEnumerable<string> WithoutDuplicatedMetadata(IEnumerable<string> lines)
    {
        var inMetadata = true;
        var dropping = false;
        foreach (var line in lines)
        {
            if (inMetadata && line.StartsWith("- ", StringComparison.Ordinal))
            {
                dropping = DuplicatedMetadata.Any(prefix => line.StartsWith(prefix, StringComparison.Ordinal));
            }
            else if (line.Length == 0)
            {
                inMetadata = false;
                dropping = false;
            }

            if (!dropping)
            {
                yield return line;
            }
        }
    }
}
