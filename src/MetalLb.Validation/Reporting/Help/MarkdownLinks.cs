using System.Text.RegularExpressions;

namespace MetalLb.Validation.Reporting.Help;

/// <summary>Rewrites relative link targets (<c>[MLB1007](MLB1007.md)</c>) against the page's own address.</summary>
internal static partial class MarkdownLinks
{
    /// <summary><paramref name="markdown"/> with every relative link target outside code blocks resolved against <paramref name="pageUri"/>.</summary>
    public static string MakeAbsolute(string markdown, Uri pageUri)
    {
        var lines = markdown.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (MarkdownPlainText.IsFence(lines[i]))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                lines[i] = LinkTarget().Replace(lines[i], m => Resolve(m.Value, pageUri));
            }
        }

        return string.Join('\n', lines);
    }

    private static string Resolve(string target, Uri pageUri) =>
        Scheme().IsMatch(target) ? target : new Uri(pageUri, target).AbsoluteUri;

    /// <summary>The target of an inline link or image: after <c>](</c>, up to the closing parenthesis.</summary>
    [GeneratedRegex(@"(?<=\]\()[^)\s]+(?=\))")]
    private static partial Regex LinkTarget();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
