using System.Text;

namespace MetalLb.Validation.Reporting.Help;

/// <summary>
/// Markdown as plain text for SARIF's <c>help.text</c>: headings lose their <c>#</c>, code blocks lose their fences
/// and are indented by four spaces, and prose goes through <see cref="MarkdownInline"/>. Covers what the rule pages use.
/// </summary>
internal static class MarkdownPlainText
{
    private const string CodeIndent = "    ";

    /// <summary>True for a line that opens or closes a fenced code block.</summary>
    public static bool IsFence(string line) => line.TrimStart().StartsWith("```", StringComparison.Ordinal);

    /// <summary>The plain text of <paramref name="markdown"/>.</summary>
    public static string Render(string markdown)
    {
        var output = new StringBuilder();
        var prose = new StringBuilder();
        var inFence = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (IsFence(line))
            {
                output.Append(MarkdownInline.ToPlainText(prose.ToString()));
                prose.Clear();
                inFence = !inFence;
            }
            else if (inFence)
            {
                output.Append(line.Length == 0 ? string.Empty : CodeIndent + line).Append('\n');
            }
            else
            {
                prose.Append(WithoutHeadingMarker(line)).Append('\n');
            }
        }

        output.Append(MarkdownInline.ToPlainText(prose.ToString()));
        return output.ToString().Trim();
    }

    private static string WithoutHeadingMarker(string line)
    {
        var hashes = line.Length - line.TrimStart('#').Length;
        return hashes is > 0 and <= 6 && line.Length > hashes && line[hashes] == ' ' ? line[(hashes + 1)..] : line;
    }
}
