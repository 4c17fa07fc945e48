using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>Finds the position of a field path such as <c>spec.addresses[1]</c> inside a document tree.</summary>
internal static class DocPath
{
    /// <summary>The span of the deepest node on <paramref name="path"/> that exists; the root's span for an empty path.</summary>
    public static SourceSpan Locate(DocNode root, string? path)
    {
        var node = root;
        if (string.IsNullOrEmpty(path))
        {
            return node.Span;
        }

        foreach (var segment in Segments(path))
        {
            DocNode? next = segment switch
            {
                { Index: { } i } when node is DocSequence seq && i < seq.Items.Count => seq.Items[i],
                { Key: { } k } when node is DocMapping map => map[k],
                _ => null,
            };
            if (next is null)
            {
                break;
            }

            node = next;
        }

        return node.Span;
    }

    private static IEnumerable<(string? Key, int? Index)> Segments(string path)
    {
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                yield return (name, null);
            }

            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                if (close < 0)
                {
                    yield break;
                }

                var inner = part[(bracket + 1)..close];
                yield return int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
                    ? (null, i)
                    : (inner, null);
                bracket = part.IndexOf('[', close);
            }
        }
    }
}
