namespace MetalLb.Validation.Configuration;

/// <summary>The <c>ignorePaths</c> of a configuration, relative to the directory that holds the configuration file.</summary>
internal sealed class PathFilter
{
    private readonly List<PathGlob> _globs;

    /// <summary>Creates a filter of <paramref name="patterns"/> relative to <paramref name="baseDirectory"/>.</summary>
    public PathFilter(IEnumerable<string> patterns, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        _globs = patterns.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => new PathGlob(p)).ToList();
        BaseDirectory = Path.GetFullPath(baseDirectory);
    }

    /// <summary>The directory patterns are relative to.</summary>
    public string BaseDirectory { get; }

    /// <summary>True when nothing is ignored.</summary>
    public bool IsEmpty => _globs.Count == 0;

    /// <summary>True when <paramref name="path"/> (absolute, or relative to the working directory) is ignored.</summary>
    public bool IsIgnored(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsEmpty)
        {
            return false;
        }

        var relative = Path.GetRelativePath(BaseDirectory, Path.GetFullPath(path));
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative) && _globs.Any(g => g.IsMatch(relative));
    }
}
