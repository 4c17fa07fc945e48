using System.Text;
using System.Text.RegularExpressions;

namespace MetalLb.Validation.Configuration;

/// <summary>
/// An <c>ignorePaths</c> pattern, matched against paths relative to a base directory with forward slashes.
/// <c>*</c> matches within one path segment, <c>**</c> any number of segments; a pattern without <c>/</c> matches a
/// file or directory name at any depth (as in <c>.gitignore</c>); a pattern that matches a directory ignores
/// everything under it.
/// </summary>
public sealed class PathGlob
{
    private readonly Regex _regex;

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    public PathGlob(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        var p = pattern.Replace('\\', '/').Trim();
        if (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        p = p.TrimEnd('/');
        var anywhere = !p.Contains('/', StringComparison.Ordinal);
        var regex = new StringBuilder(anywhere ? "^(?:.*/)?" : "^");
        p = p.TrimStart('/');
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                var slashAfter = i + 2 < p.Length && p[i + 2] == '/';
                regex.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (p[i] == '*')
            {
                regex.Append("[^/]*");
            }
            else if (p[i] == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(p[i].ToString()));
            }
        }

        regex.Append("(?:/.*)?$");
        _regex = new Regex(regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>True when <paramref name="relativePath"/> (relative to the base directory) is ignored.</summary>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = relativePath.Replace('\\', '/');
        if (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return _regex.IsMatch(path);
    }
}
