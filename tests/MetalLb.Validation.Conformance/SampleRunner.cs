using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Conformance;

/// <summary>
/// Validates MetalLB's shipped samples and documentation snippets that hold metallb.io objects, one file at a time.
/// Documentation shows features of one backend mode at a time (BFD needs FRR, localASN needs FRR), so a file passes
/// when at least one backend mode reports no error. Design-doc proposals, CRDs, install manifests, Helm and dev-env
/// files are skipped.
/// </summary>
internal static class SampleRunner
{
    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal) { "sample", "doc-snippet", "legacy-configmap-conversion-test" };

    private static readonly BackendMode[] Modes = [BackendMode.FrrK8s, BackendMode.Frr, BackendMode.Native];

    public static int Run(string corpus, KnownDifferences known, TextWriter output)
    {
        var directory = Path.Combine(corpus, "metallb");
        var files = File.ReadLines(Path.Combine(directory, "INDEX.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(f => f.Length > 3 && Categories.Contains(f[2]) && f[3].Contains("metallb.io/", StringComparison.Ordinal))
            .Select(f => f[0])
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var validators = Modes.ToDictionary(m => m, m => new MetalLbValidator(new ValidationOptions { Mode = m }));
        int clean = 0, allowed = 0, failed = 0, objects = 0;
        var passCounts = Modes.ToDictionary(m => m, _ => 0);
        foreach (var file in files)
        {
            var reports = Modes.ToDictionary(m => m, m => validators[m].ValidatePaths(Path.Combine(directory, file)));
            objects += reports[BackendMode.FrrK8s].ResourceCount;
            var passing = Modes.Where(m => !reports[m].HasErrors).ToList();
            foreach (var mode in passing)
            {
                passCounts[mode]++;
            }

            if (passing.Count > 0)
            {
                clean++;
                if (passing.Count < Modes.Length)
                {
                    output.WriteLine($"ok   {file} (valid in {string.Join(", ", passing.Select(m => m.ToConfigName()))} only)");
                }

                continue;
            }

            var fired = Modes.SelectMany(m => reports[m].Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.RuleId)).ToList();
            if (known.Samples.TryGetValue(file, out var difference) && difference.Covers(fired))
            {
                allowed++;
                output.WriteLine($"KNOWN {file}: {difference.Reason} [{string.Join(",", fired.Distinct())}]");
                continue;
            }

            failed++;
            output.WriteLine($"FAIL {file} (errors in every backend mode)");
            foreach (var error in Modes.SelectMany(m => reports[m].Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"[{m.ToConfigName()}] {d}")))
            {
                output.WriteLine($"  {error}");
            }
        }

        output.WriteLine($"samples: {files.Count} files ({objects} objects), {clean} valid in at least one mode, {allowed} known differences, {failed} with errors in every mode; per mode without errors: {string.Join(", ", Modes.Select(m => $"{m.ToConfigName()} {passCounts[m]}"))}");
        return failed;
    }
}
