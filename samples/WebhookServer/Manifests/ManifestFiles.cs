using System.Globalization;
using System.Text;

namespace WebhookServer.Manifests;

/// <summary>One manifest file as listed: its name relative to the directory and what it resolves to now.</summary>
internal sealed record ManifestFile(string Name, string Path, string Target, long Length, DateTime Modified);

/// <summary>
/// Lists the manifests of a directory: <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c>, in subdirectories too, with
/// symlinks followed. Names starting with a dot are skipped: a mounted ConfigMap holds each file twice, as
/// <c>name -&gt; ..data/name</c> and inside the timestamped <c>..2026_…</c> directory that <c>..data</c> points to,
/// and swaps <c>..data</c> atomically on update; reading the top-level links reads each file once and a swap changes
/// every target, so the fingerprint sees it.
/// </summary>
internal static class ManifestFiles
{
    private const int MaxDepth = 8;

    /// <summary>The files, sorted by name. Throws when the directory itself is missing or unreadable.</summary>
    public static IReadOnlyList<ManifestFile> List(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"the manifests directory {directory} does not exist (or is not a directory)");
        }

        var files = new List<ManifestFile>();
        Walk(directory, string.Empty, 0, files);
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return files;
    }

    /// <summary>Changes whenever a file is added, removed, re-pointed, resized or touched.</summary>
    public static string Fingerprint(IReadOnlyList<ManifestFile> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(file.Name).Append('\0').Append(file.Target).Append('\0').Append(file.Length.ToString(CultureInfo.InvariantCulture))
                .Append('\0').Append(file.Modified.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static void Walk(string directory, string prefix, int depth, List<ManifestFile> files)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var resolved = entry.LinkTarget is null ? entry : entry.ResolveLinkTarget(returnFinalTarget: true);
            if (resolved is null || !resolved.Exists)
            {
                continue;
            }

            var name = prefix + entry.Name;
            if (resolved is DirectoryInfo)
            {
                if (depth < MaxDepth)
                {
                    Walk(entry.FullName, name + "/", depth + 1, files);
                }
            }
            else if (IsManifest(entry.Name) && resolved is FileInfo file)
            {
                files.Add(new ManifestFile(name, entry.FullName, file.FullName, file.Length, file.LastWriteTimeUtc));
            }
        }
    }

    private static bool IsManifest(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
