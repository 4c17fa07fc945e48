using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Yaml;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>State shared while one object is read: where findings go and which object they concern.</summary>
internal sealed partial class ReadContext(DiagnosticBag diagnostics)
{
    public ResourceRef? Resource { get; set; }

    /// <summary>Paths of the fields whose value is a Flux substitution variable, read as unknown.</summary>
    public HashSet<string> Placeholders { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// True (and reported once, as info) when <paramref name="node"/> is a string holding a Flux <c>${VAR}</c>
    /// substitution: Flux's kustomize-controller replaces it before applying, so the value here is not the one the
    /// cluster sees and is not checked.
    /// </summary>
    public bool IsPlaceholder(DocNode? node, string path)
    {
        if (node is not DocScalar { Kind: ScalarKind.String } s || s.Text.IndexOf("${", StringComparison.Ordinal) < 0 || Variable().Match(s.Text) is not { Success: true } match)
        {
            return false;
        }

        if (Placeholders.Add(path))
        {
            Report(MetalLbRules.Placeholder, $"{path} holds the substitution variable ${{{match.Groups["name"].Value}}} (\"{s.Text}\"); Flux replaces it when it applies the file, so this value was not checked and rules that read {path} treat it as unknown", node.Span, path);
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(:?[=-][^}]*)?\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Variable();

    public void Report(RuleDescriptor rule, string message, SourceSpan location, string? path) =>
        diagnostics.Add(rule, message, location, Resource, path);

    public void WrongType(DocNode node, string path, string expected) =>
        Report(MetalLbRules.WrongType, $"{path} must be {expected}, but it is {node.Describe()}{QuoteHint(node, expected)}", node.Span, path);

    private static string QuoteHint(DocNode node, string expected) =>
        node is DocScalar { IsPlain: true } && expected == "a string" ? "; put it in quotes" : string.Empty;
}
