using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Rules.Input;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>State shared while one object is read: where findings go and which object they concern.</summary>
internal sealed class ReadContext(DiagnosticBag diagnostics)
{
    public ResourceRef? Resource { get; set; }

    public void Report(RuleDescriptor rule, string message, SourceSpan location, string? path) =>
        diagnostics.Add(rule, message, location, Resource, path);

    public void WrongType(DocNode node, string path, string expected) =>
        Report(InputRules.WrongType, $"{path} must be {expected}, but it is {node.Describe()}{QuoteHint(node, expected)}", node.Span, path);

    private static string QuoteHint(DocNode node, string expected) =>
        node is DocScalar { IsPlain: true } && expected == "a string" ? "; put it in quotes" : string.Empty;
}
