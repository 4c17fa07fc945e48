using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>A mapping whose keys are scalars, in document order, duplicates already reported and resolved (last wins).</summary>
internal sealed class DocMapping : DocNode
{
    private readonly List<DocEntry> _entries;
    private Dictionary<string, DocNode>? _index;

    public DocMapping(SourceSpan span, List<DocEntry> entries)
        : base(span)
    {
        _entries = entries;
        long size = 1;
        foreach (var entry in entries)
        {
            size += entry.Value.ExpandedSize + 1;
        }

        ExpandedSize = size;
    }

    public IReadOnlyList<DocEntry> Entries => _entries;

    public DocNode? this[string key]
    {
        get
        {
            if (_entries.Count <= 8)
            {
                foreach (var entry in _entries)
                {
                    if (entry.Key.Text == key)
                    {
                        return entry.Value;
                    }
                }

                return null;
            }

            _index ??= _entries.ToDictionary(e => e.Key.Text, e => e.Value, StringComparer.Ordinal);
            return _index.GetValueOrDefault(key);
        }
    }

    /// <summary>The value of a key given as characters, without making a string for the usual small mapping.</summary>
    public DocNode? Find(ReadOnlySpan<char> key)
    {
        if (_entries.Count > 8)
        {
            return this[key.ToString()];
        }

        foreach (var entry in _entries)
        {
            if (key.SequenceEqual(entry.Key.Text))
            {
                return entry.Value;
            }
        }

        return null;
    }

    public override string Describe() => "a mapping";
}
