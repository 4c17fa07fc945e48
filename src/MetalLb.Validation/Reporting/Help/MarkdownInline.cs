using System.Text;

namespace MetalLb.Validation.Reporting.Help;

/// <summary>
/// Inline Markdown as plain text: code spans keep their content without backticks, emphasis markers go, a link becomes
/// <c>text (target)</c>, and a backslash escape becomes the character it escapes.
/// </summary>
internal static class MarkdownInline
{
    /// <summary>The plain text of the prose <paramref name="markdown"/> (no fenced code in it).</summary>
    public static string ToPlainText(string markdown)
    {
        var text = new StringBuilder(markdown.Length);
        var i = 0;
        while (i < markdown.Length)
        {
            i = markdown[i] switch
            {
                '\\' when i + 1 < markdown.Length && IsEscapable(markdown[i + 1]) => AppendAndSkip(text, markdown[i + 1], i + 2),
                '`' => CodeSpan(markdown, i, text),
                '*' => Emphasis(markdown, i, text),
                '[' => Link(markdown, i, text),
                _ => AppendAndSkip(text, markdown[i], i + 1),
            };
        }

        return text.ToString();
    }

    private static bool IsEscapable(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));

    private static int AppendAndSkip(StringBuilder text, char c, int next)
    {
        text.Append(c);
        return next;
    }

    /// <summary>A code span's content as is; an unmatched run of backticks is dropped.</summary>
    private static int CodeSpan(string markdown, int start, StringBuilder text)
    {
        var run = RunLength(markdown, start, '`');
        var fence = new string('`', run);
        var close = markdown.IndexOf(fence, start + run, StringComparison.Ordinal);
        if (close < 0)
        {
            return start + run;
        }

        var content = markdown[(start + run)..close];
        text.Append(run > 1 ? content.Trim() : content);
        return close + run;
    }

    /// <summary>Emphasis markers go; a lone <c>*</c> between spaces (a multiplication, say) stays.</summary>
    private static int Emphasis(string markdown, int start, StringBuilder text)
    {
        var run = RunLength(markdown, start, '*');
        var before = start == 0 ? ' ' : markdown[start - 1];
        var after = start + run >= markdown.Length ? ' ' : markdown[start + run];
        if (char.IsWhiteSpace(before) && char.IsWhiteSpace(after))
        {
            text.Append(markdown, start, run);
        }

        return start + run;
    }

    /// <summary><c>[text](target)</c> as <c>text (target)</c>, or just the target when the text is the target.</summary>
    private static int Link(string markdown, int start, StringBuilder text)
    {
        var textEnd = markdown.IndexOf(']', start + 1);
        var targetEnd = textEnd < 0 ? -1 : markdown.IndexOf(')', textEnd);
        if (textEnd < 0 || textEnd + 1 >= markdown.Length || markdown[textEnd + 1] != '(' || targetEnd < 0
            || markdown.AsSpan(textEnd + 2, targetEnd - textEnd - 2).ContainsAny(" \n["))
        {
            text.Append('[');
            return start + 1;
        }

        var label = ToPlainText(markdown[(start + 1)..textEnd]);
        var target = markdown[(textEnd + 2)..targetEnd];
        text.Append(label == target ? target : $"{label} ({target})");
        return targetEnd + 1;
    }

    private static int RunLength(string markdown, int start, char c)
    {
        var end = start;
        while (end < markdown.Length && markdown[end] == c)
        {
            end++;
        }

        return end - start;
    }
}
