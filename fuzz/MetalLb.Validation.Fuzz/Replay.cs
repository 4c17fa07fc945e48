namespace MetalLb.Validation.Fuzz;

/// <summary>Runs the target over files or directories outside afl-fuzz: to reproduce a crash or smoke-test the corpus.</summary>
internal static class Replay
{
    public static int Files(IEnumerable<string> paths, Action<Stream> target)
    {
        var count = 0;
        foreach (var file in paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).Order(StringComparer.Ordinal))
        {
            try
            {
                using var stream = File.OpenRead(file);
                target(stream);
                count++;
            }
            catch (Exception ex)
            {
                Console.Error.WriteLine($"CRASH on {file}: {ex}");
                return 1;
            }
        }

        Console.WriteLine($"replayed {count} inputs without an escaping exception");
        return 0;
    }
}
