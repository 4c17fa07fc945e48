using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>A node of a loaded YAML or JSON document, with the position it came from.</summary>
internal abstract class DocNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    /// <summary>Nodes this one stands for once aliases are expanded; bounded by <see cref="LoadLimits.MaxNodesPerDocument"/>.</summary>
    public long ExpandedSize { get; protected set; } = 1;

    /// <summary>A short word for messages: "a string", "a list", "a mapping".</summary>
    public abstract string Describe();
}
