namespace MetalLb.Validation.Diagnostics;

/// <summary>One finding: what is wrong, where, on which object and, when it matters, on which node.</summary>
/// <param name="RuleId">The stable rule id (<c>MLB0102</c>).</param>
/// <param name="Severity">Effective severity after options.</param>
/// <param name="Message">What is wrong, with the offending value, and what to do.</param>
/// <param name="Resource">The object concerned, when the finding is about one.</param>
/// <param name="Path">Field path inside the object (<c>spec.addresses[1]</c>), when known.</param>
/// <param name="Location">File, line and column.</param>
/// <param name="Node">The Kubernetes node the finding concerns, when there is one.</param>
public sealed record Diagnostic(
    string RuleId,
    DiagnosticSeverity Severity,
    string Message,
    ResourceRef? Resource,
    string? Path,
    SourceSpan Location,
    string? Node = null)
{
    /// <summary>
    /// Set on a finding an object's annotation suppresses (it is then in <see cref="ValidationReport.Suppressed"/>, not
    /// counted): the reason the annotation gives, empty when it gives none.
    /// </summary>
    public string? Justification { get; init; }

    /// <summary>Other places the finding involves; empty for most findings.</summary>
    public IReadOnlyList<RelatedLocation> AdditionalLocations { get; init; } = [];

    /// <summary><c>file:line:col: error MLB0102: message [Kind/name] (node x)</c>.</summary>
    public override string ToString()
    {
        var where = Location.IsKnown ? $"{Location}: " : string.Empty;
        var what = Resource is null ? string.Empty : $" [{Resource}]";
        var node = Node is null ? string.Empty : $" (node {Node})";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}{what}{node}";
    }
}
