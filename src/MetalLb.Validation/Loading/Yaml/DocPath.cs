using System.Globalization;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>Finds the position of a field path such as <c>spec.addresses[1]</c> inside a document tree.</summary>
internal static class DocPath
{
    /// <summary>The span of the deepest node on <paramref name="path"/> that exists; the root's span for an empty path.</summary>
    /// <remarks>Walks the path in place (no splitting), since every finding a rule reports is located this way.</remarks>
    public static SourceSpan Locate(DocNode root, string? path)
    {
        var node = root;
        var rest = path.AsSpan();
        while (!rest.IsEmpty)
        {
            DocNode? next;
            if (rest[0] == '.')
            {
                rest = rest[1..];
                continue;
            }

            if (rest[0] == '[')
            {
                var close = rest.IndexOf(']');
                if (close < 0)
                {
                    break;
                }

                var inner = rest[1..close];
                rest = rest[(close + 1)..];
                next = int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                    ? node is DocSequence seq && i < seq.Items.Count ? seq.Items[i] : null
                    : node is DocMapping byKey ? byKey.Find(inner) : null;
            }
            else
            {
                var end = rest.IndexOfAny('.', '[');
                var name = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[end..];
                next = node is DocMapping map ? map.Find(name) : null;
            }

            if (next is null)
            {
                break;
            }

            node = next;
        }

        return node.Span;
    }
}
