using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>A sequence (YAML list or JSON array).</summary>
internal sealed class DocSequence : DocNode
{
    public DocSequence(SourceSpan span, List<DocNode> items)
        : base(span)
    {
        Items = items;
        ExpandedSize = 1 + items.Sum(i => i.ExpandedSize);
    }

    public IReadOnlyList<DocNode> Items { get; }

    public override string Describe() => "a list";
}
