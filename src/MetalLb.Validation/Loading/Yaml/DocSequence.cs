using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>A sequence (YAML list or JSON array).</summary>
internal sealed class DocSequence : DocNode
{
    public DocSequence(SourceSpan span, List<DocNode> items)
        : base(span)
    {
        Items = items;
        long size = 1;
        foreach (var item in items)
        {
            size += item.ExpandedSize;
        }

        ExpandedSize = size;
    }

    public IReadOnlyList<DocNode> Items { get; }

    public override string Describe() => "a list";
}
