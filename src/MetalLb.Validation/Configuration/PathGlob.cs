using Microsoft.Extensions.FileSystemGlobbing;

namespace MetalLb.Validation.Configuration;

/// <summary>
/// An <c>ignorePaths</c> pattern, matched against paths relative to a base directory with forward slashes.
/// <c>*</c> matches within one path segment, <c>**</c> any number of segments; a pattern without <c>/</c> matches a
/// file or directory name at any depth (as in <c>.gitignore</c>); a pattern that matches a directory ignores
/// everything under it. Matching is Microsoft.Extensions.FileSystemGlobbing's, case-sensitive.
/// </summary>
internal sealed class PathGlob
{
    private readonly Matcher _matcher = new(StringComparison.Ordinal);

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    public PathGlob(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        var p = WithoutDotSlash(pattern.Replace('\\', '/').Trim()).TrimEnd('/');
        p = p.Contains('/', StringComparison.Ordinal) ? p.TrimStart('/') : $"**/{p}";
        _matcher.AddInclude(p).AddInclude($"{p}/**");
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>True when <paramref name="relativePath"/> (relative to the base directory) is ignored.</summary>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return _matcher.Match(WithoutDotSlash(relativePath.Replace('\\', '/'))).HasMatches;
    }

    private static string WithoutDotSlash(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
}
