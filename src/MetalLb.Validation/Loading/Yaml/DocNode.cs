using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>A node of a loaded YAML or JSON document, with the position it came from.</summary>
internal abstract class DocNode(SourceSpan span) : SourceMap(span)
{
    /// <summary>Nodes this one stands for once aliases are expanded; bounded by <see cref="LoadLimits.MaxNodesPerDocument"/>.</summary>
    public long ExpandedSize { get; protected set; } = 1;

    /// <summary>A short word for messages: "a string", "a list", "a mapping".</summary>
    public abstract string Describe();

    /// <inheritdoc />
    public sealed override SourceSpan Locate(string? path) => DocPath.Locate(this, path);

    /// <inheritdoc />
    public sealed override SourceSpan? SpecKey(string field) =>
        this is DocMapping root && root["spec"] is DocMapping spec && spec.Entries.FirstOrDefault(e => e.Key.Text == field) is { Key: { } key } ? key.Span : null;
}
