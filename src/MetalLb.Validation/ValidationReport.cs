using System.Collections.Frozen;
using System.Collections.Immutable;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>Every finding of one validation run, sorted by position, with counts.</summary>
public sealed class ValidationReport
{
    /// <summary>Creates a report.</summary>
    public ValidationReport(IEnumerable<Diagnostic> diagnostics, int resourceCount, IReadOnlyDictionary<string, int> skippedKinds, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(skippedKinds);
        var ordered = diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Node, StringComparer.Ordinal)
            .ToList();
        Diagnostics = [.. ordered.Where(d => d.Justification is null)];
        Suppressed = [.. ordered.Where(d => d.Justification is not null)];
        ResourceCount = resourceCount;
        SkippedKinds = skippedKinds.ToFrozenDictionary(StringComparer.Ordinal);
        Options = options;
        ErrorCount = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        WarningCount = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        InfoCount = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
    }

    /// <summary>The rules the run used (<see cref="Rules.RuleCatalog.Default"/> unless set); assertions check rule ids against it.</summary>
    public Rules.RuleCatalog Catalog { get; init; } = Rules.RuleCatalog.Default;

    /// <summary>
    /// Findings an object's annotation suppresses, each with its <see cref="Diagnostic.Justification"/>; not in
    /// <see cref="Diagnostics"/> and not counted.
    /// </summary>
    public IReadOnlyList<Diagnostic> Suppressed { get; }

    /// <summary>All findings (an immutable list).</summary>
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

    /// <summary>Findings of one rule (its id in any case).</summary>
    public IEnumerable<Diagnostic> For(string ruleId) => Diagnostics.Where(d => string.Equals(d.RuleId, ruleId, StringComparison.OrdinalIgnoreCase));
}
