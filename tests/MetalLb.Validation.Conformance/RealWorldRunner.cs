using System.Globalization;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Conformance;

/// <summary>
/// Validates each real configuration (realworld/NNN-*/) the way its author runs MetalLB (backend mode and release
/// from INDEX.tsv; the namespace is left for the tool to infer, as a new user would) and compares every error and
/// warning with its judgment in the expectations file, and the namespace it infers with the one the author runs.
/// Fails on an error not judged true, on a finding not judged at all or judged at another severity, and on a judgment
/// whose finding no longer appears. Prints the precision of errors and warnings.
/// </summary>
internal static class RealWorldRunner
{
    public static int Run(string corpus, string expectationsPath, TextWriter output)
    {
        var directory = Path.Combine(corpus, "realworld");
        var expectations = RealWorldExpectations.Read(expectationsPath);
        var seen = new HashSet<FindingKey>();
        var unjudged = new List<(FindingKey Key, Diagnostic Finding)>();
        int failures = 0, errors = 0, trueErrors = 0, warnings = 0, trueWarnings = 0, configs = 0, exitOne = 0, namespaces = 0, namespacesRight = 0;
        foreach (var row in File.ReadLines(Path.Combine(directory, "INDEX.tsv")).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length > 5))
        {
            var (name, release, author) = (row[0], ReleaseOf(row[4]), row[5]);
            configs++;
            var root = Path.Combine(directory, name);
            var options = new ValidationOptions { Mode = ModeOf(row[3]) };
            var report = new MetalLbValidator(release is null ? options : options with { MetalLbVersion = release }).ValidatePaths(root);
            if (author != "unknown")
            {
                namespaces++;
                if (report.Namespace?.Name == author)
                {
                    namespacesRight++;
                }
                else
                {
                    output.WriteLine($"namespace {name}: the author runs MetalLB in {author}; the tool assumed {report.Namespace?.Name} ({report.Namespace?.Reason})");
                }
            }

            exitOne += report.HasErrors ? 1 : 0;
            foreach (var finding in report.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning))
            {
                var file = finding.Location.File is { Length: > 0 } f ? Path.GetRelativePath(root, f).Replace('\\', '/') : string.Empty;
                var key = new FindingKey(name, finding.RuleId, file, finding.Location.Line);
                seen.Add(key);
                var isError = finding.Severity == DiagnosticSeverity.Error;
                errors += isError ? 1 : 0;
                warnings += isError ? 0 : 1;
                if (expectations.Find(key) is not { } judgment)
                {
                    unjudged.Add((key, finding));
                    failures++;
                    continue;
                }

                if (!string.Equals(judgment.Severity, finding.Severity.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    failures++;
                    output.WriteLine($"SEVERITY {key}: judged as {judgment.Severity}, now {finding.Severity.ToString().ToLowerInvariant()}; judge it again");
                }

                trueErrors += isError && judgment.IsTrue ? 1 : 0;
                trueWarnings += !isError && judgment.IsTrue ? 1 : 0;
                if (isError && !judgment.IsTrue)
                {
                    failures++;
                    output.WriteLine($"FALSE ERROR {key}: {finding.Message}\n  judged false: {judgment.Reason}");
                }
            }
        }

        foreach (var (key, finding) in unjudged)
        {
            output.WriteLine($"UNJUDGED {key} ({finding.Severity.ToString().ToLowerInvariant()}): {finding.Message}");
        }

        foreach (var stale in expectations.Keys.Where(k => !seen.Contains(k)))
        {
            failures++;
            output.WriteLine($"STALE judgment {stale}: the finding no longer appears; remove or update it");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"realworld: {configs} configurations, {exitOne} with errors; errors {trueErrors} true of {errors} ({Percent(trueErrors, errors)}), warnings {trueWarnings} true of {warnings} ({Percent(trueWarnings, warnings)}); namespace inferred as the author runs it in {namespacesRight} of {namespaces}; {failures} problems"));
        return failures;
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.#}% precision");

    private static BackendMode ModeOf(string text) => text.Split(' ')[0] switch
    {
        "native" => BackendMode.Native,
        "frr" => BackendMode.Frr,
        _ => BackendMode.FrrK8s,
    };

    /// <summary>The author's release when it is a CRD-era release (0.13 or later) the tool knows; otherwise none is given.</summary>
    private static Version? ReleaseOf(string text) =>
        MetalLbRelease.TryParse(text.Split(' ')[0], out var version) && MetalLbRelease.IsKnown(version!) ? version : null;
}
