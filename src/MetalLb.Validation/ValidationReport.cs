using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>Every finding of one validation run, sorted by position, with counts.</summary>
public sealed class ValidationReport
{
    /// <summary>Creates a report.</summary>
    public ValidationReport(IEnumerable<Diagnostic> diagnostics, int resourceCount, IReadOnlyDictionary<string, int> skippedKinds, ValidationOptions options)
    {
        Diagnostics = diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Node, StringComparer.Ordinal)
            .ToList();
        ResourceCount = resourceCount;
        SkippedKinds = skippedKinds;
        Options = options;
        ErrorCount = Diagnostics.Count(d => d.Severity == Severity.Error);
        WarningCount = Diagnostics.Count(d => d.Severity == Severity.Warning);
        InfoCount = Diagnostics.Count(d => d.Severity == Severity.Info);
    }

    /// <summary>All findings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Objects read and validated.</summary>
    public int ResourceCount { get; }

    /// <summary>Objects of other kinds, counted and skipped.</summary>
    public IReadOnlyDictionary<string, int> SkippedKinds { get; }

    /// <summary>The namespace the run took MetalLB to run in, and why; null for reports made outside a validator run.</summary>
    public Namespaces.AssumedNamespace? Namespace { get; init; }

    /// <summary>The options the run used.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Error-level findings.</summary>
    public int ErrorCount { get; }

    /// <summary>Warning-level findings.</summary>
    public int WarningCount { get; }

    /// <summary>Info-level findings.</summary>
    public int InfoCount { get; }

    /// <summary>True when at least one finding is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>True when nothing is an error (warnings allowed), unlike FluentValidation's IsValid.</summary>
    public bool IsValid => !HasErrors;

    /// <summary>Findings of one rule.</summary>
    public IEnumerable<Diagnostic> For(string ruleId) => Diagnostics.Where(d => d.RuleId == ruleId);
}
