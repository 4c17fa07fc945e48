using MetalLb.Validation.Loading.Decoding;

namespace MetalLb.Validation.Loading.Parallel;

/// <summary>
/// Cuts a YAML stream into chunks of whole documents at its document-start lines, so the chunks can be parsed apart.
/// </summary>
/// <remarks>
/// YAML 1.2 (c-forbidden, 9.1.3) forbids a line that starts with <c>---</c> followed by a blank, a line break or the end
/// of the input inside any document content: inside a plain or block scalar it ends the scalar (block scalar content is
/// indented, and YamlDotNet gives a top-level block scalar at least one column), and inside a quoted scalar or a flow
/// collection it is an error. So at such a line a parser is between documents, with nothing open: parsing from there
/// with a new parser gives the same events. The splitter only proposes cuts; a chunk that does not parse cleanly to its
/// end (an unclosed quote or flow collection cut by the marker, any syntax error or limit) is read again sequentially
/// from its start to the end of the source (<see cref="ParallelYamlReader"/>). It does not cut at all where the text has
/// what the argument above does not cover: a directive (<c>%</c> at a line start, which applies to the next document), a
/// document-end marker (<c>...</c>, after which directives may follow), a byte order mark inside the text, line breaks
/// other than LF and CR (NEL, LS, PS), at which the parser starts lines the splitter would not see, and a document whose
/// root may be a block scalar (<c>--- |</c>, or a line that starts with <c>|</c>, <c>&gt;</c>, a tag or an anchor):
/// YamlDotNet reads the content of a top-level block scalar at column 0 past a following <c>---</c> line, where the
/// specification ends it, so a cut there would parse cleanly and differently.
/// </remarks>
internal static class DocumentSplitter
{
    /// <summary>
    /// Up to <paramref name="pieces"/> chunks of about equal length covering <paramref name="text"/>, each starting at a
    /// line start (a <c>---</c> line, except the first); the whole text as one chunk where it cannot be cut safely.
    /// </summary>
    public static List<TextChunk> Split(ReadOnlySpan<char> text, int pieces)
    {
        var starts = new List<int> { 0 };
        if (pieces > 1 && CanSplit(text))
        {
            for (var k = 1; k < pieces; k++)
            {
                var from = Math.Max((int)((long)text.Length * k / pieces), starts[^1] + 1);
                var marker = NextDocumentStart(text, from);
                if (marker < 0)
                {
                    break;
                }

                if (marker > starts[^1])
                {
                    starts.Add(marker);
                }
            }
        }

        var chunks = new List<TextChunk>(starts.Count);
        var lines = new TextPositionCounter();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            chunks.Add(new TextChunk(starts[i], end - starts[i], lines.Line - 1));
            lines.Advance(text[starts[i]..end]);
        }

        return chunks;
    }

    /// <summary>Whether the text has none of what makes a cut at a <c>---</c> line unsafe (see the remarks).</summary>
    public static bool CanSplit(ReadOnlySpan<char> text) =>
        text.IndexOfAny('\uFEFF', '\u0085') < 0
        && text.IndexOfAny('\u2028', '\u2029') < 0
        && !StartsLine(text, "%")
        && !StartsLine(text, "...")
        && !StartsLine(text, "|")
        && !StartsLine(text, ">")
        && !StartsLine(text, "!")
        && !StartsLine(text, "&")
        && OnlyCommentsAfterMarkers(text);

    /// <summary>Whether every <c>---</c> line has nothing after the marker but blanks and a comment.</summary>
    private static bool OnlyCommentsAfterMarkers(ReadOnlySpan<char> text)
    {
        for (var line = text.StartsWith("---", StringComparison.Ordinal) ? 0 : NextDocumentStart(text, 0); line >= 0; line = NextDocumentStart(text, line + 3))
        {
            var rest = text[(line + 3)..];
            var end = rest.IndexOfAny('\n', '\r');
            var after = (end < 0 ? rest : rest[..end]).TrimStart(" \t");
            if (!after.IsEmpty && after[0] != '#')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the first line at or after <paramref name="from"/> that is a document-start marker, or -1.</summary>
    public static int NextDocumentStart(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var at = text[from..].IndexOf("\n---", StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var line = from + at + 1;
            if (line + 3 == text.Length || text[line + 3] is ' ' or '\t' or '\n' or '\r')
            {
                return line;
            }

            from = line;
        }

        return -1;
    }

    /// <summary>Whether any line (after LF or CR, or the text's start) starts with <paramref name="prefix"/>.</summary>
    private static bool StartsLine(ReadOnlySpan<char> text, string prefix) =>
        text.StartsWith(prefix, StringComparison.Ordinal)
        || text.IndexOf(string.Concat("\n", prefix), StringComparison.Ordinal) >= 0
        || text.IndexOf(string.Concat("\r", prefix), StringComparison.Ordinal) >= 0;
}
