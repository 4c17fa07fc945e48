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

    // A bracketed key may contain dots (label keys such as kubernetes.io/hostname): spec.matchLabels[kubernetes.io/os].
    private static IEnumerable<(string? Key, int? Index)> Segments(string path)
    {
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                continue;
            }

            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0)
                {
                    yield break;
                }

                var inner = path[(i + 1)..close];
                yield return int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    ? (null, index)
                    : (inner, null);
                i = close + 1;
                continue;
            }

            var end = path.IndexOfAny(['.', '['], i);
            if (end < 0)
            {
                end = path.Length;
            }

            yield return (path[i..end], null);
            i = end;
        }
    }
}
