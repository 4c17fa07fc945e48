using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Conformance;

/// <summary>Runs every parity case and compares "no error-level finding" with MetalLB's verdict.</summary>
internal static class ParityRunner
{
    public static int Run(string corpus, KnownDifferences known, TextWriter output)
    {
        var root = Path.Combine(corpus, "metallb-parity");
        var cases = Directory.EnumerateFiles(root, "expect.yaml", SearchOption.AllDirectories)
            .Select(f => ParityCase.Read(root, Path.GetDirectoryName(f)!))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        int agree = 0, inputOnly = 0, allowed = 0, disagree = 0;
        output.WriteLine($"{"case",-72} {"mode",-6} {"scope",-26} {"metallb",-8} {"ours",-8} result");
        foreach (var c in cases)
        {
            var (options, counts) = CaseOptions.For(c);
            var report = new MetalLbValidator(options).ValidatePaths(c.ConfigPath);
            var errors = report.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error && RuleCatalog.Default.Find(d.RuleId) is { } rule && (counts(rule) || rule.Category == RuleCategory.Input && c.Scope != "mode-check"))
                .ToList();
            var ours = errors.Count == 0;
            string result;
            if (ours == c.Valid)
            {
                agree++;
                // MetalLB's Go cases skip the API server; an agreement resting only on input-layer errors (unnamed
                // objects, MLB0006) says nothing about the rule the case is about.
                var shallow = errors.Count > 0 && errors.All(e => RuleCatalog.Default.Find(e.RuleId)?.Category == RuleCategory.Input);
                inputOnly += shallow ? 1 : 0;
                result = (known.Parity.ContainsKey(c.Id) ? "agree (allowlist entry is stale)" : shallow ? "agree (input layer only)" : "agree") + Fired(errors);
            }
            else if (known.Parity.TryGetValue(c.Id, out var difference) && difference.Covers(errors.Select(e => e.RuleId)))
            {
                allowed++;
                result = $"KNOWN: {difference.Reason}" + Fired(errors);
            }
            else
            {
                disagree++;
                result = "DISAGREE" + (errors.Count > 0 ? ": " + string.Join("; ", errors.Take(3).Select(e => $"{e.RuleId} {Shorten(e.Message)}")) : ": no error found");
            }

            output.WriteLine($"{c.Id,-72} {c.Mode,-6} {c.Scope,-26} {Verdict(c.Valid),-8} {Verdict(ours),-8} {result}");
        }

        output.WriteLine();
        output.WriteLine($"parity: {cases.Count} cases, {agree} agree ({inputOnly} of them only through input-layer errors), {allowed} known differences, {disagree} disagree");
        return disagree;
    }

    private static string Fired(List<Diagnostic> errors) =>
        errors.Count == 0 ? string.Empty : " [" + string.Join(",", errors.Select(e => e.RuleId).Distinct()) + "]";

    private static string Verdict(bool valid) => valid ? "valid" : "invalid";

    private static string Shorten(string message) => message.Length > 90 ? message[..90] + "..." : message;
}
