using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Loading;

/// <summary>Collects the loader's findings in order.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(RuleDescriptor rule, string message, SourceSpan location, ResourceRef? resource = null, string? path = null) =>
        _items.Add(new Diagnostic(rule.Id, rule.DefaultSeverity, message, resource, path, location));
}
