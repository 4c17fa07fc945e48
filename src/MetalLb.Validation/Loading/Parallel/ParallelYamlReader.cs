using MetalLb.Validation.Loading.Yaml;

namespace MetalLb.Validation.Loading.Parallel;

/// <summary>
/// Reads a source held in memory as <see cref="YamlStreamReader"/> reads it, with the same documents, findings and
/// positions in the same order, parsing chunks of it (<see cref="DocumentSplitter"/>) on the thread pool. The documents
/// are handed on in order, on the calling thread, as each chunk is ready: every limit the caller applies per document
/// (<see cref="LoadLimits.MaxDocuments"/>) sees them as a sequential read would. The first chunk that does not parse
/// cleanly to its end (a syntax error, a nesting limit, a quote the cut left open) is read again sequentially, from its
/// start to the end of the source: the chunks before it were read exactly, and a sequential read from a chunk's start
/// is what a read of the whole source does from there.
/// </summary>
/// <remarks>
/// The source's length must be within <see cref="LoadLimits.MaxCharactersPerSource"/> and its text valid (the caller
/// decoded it), so neither the character limit nor invalid bytes can end a read early.
/// </remarks>
internal sealed class ParallelYamlReader(string sourceName, LoadLimits limits, DiagnosticBag diagnostics, ReadOnlyMemory<char> text, int pieces)
{
    /// <summary>Documents dropped because they hit a limit (already reported), as <see cref="YamlStreamReader.LimitedDocuments"/>.</summary>
    public int LimitedDocuments { get; private set; }

    /// <summary>Reads every document, handing each root to <paramref name="onDocument"/>; false when reading stopped early.</summary>
    public bool Read(Func<DocNode, bool> onDocument)
    {
        var chunks = DocumentSplitter.Split(text.Span, pieces);
        if (chunks.Count == 1)
        {
            return ReadRest(chunks[0], onDocument);
        }

        using var stop = new CancellationTokenSource();
        var parses = chunks.Select(chunk => Task.Run(() => Parse(chunk, stop.Token), CancellationToken.None)).ToArray();
        try
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                var parsed = parses[i].GetAwaiter().GetResult();
                if (parsed is null)
                {
                    stop.Cancel();
                    return ReadRest(chunks[i], onDocument);
                }

                if (!Replay(parsed, onDocument))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            // No parse outlives the read; a cancelled one stops at its next document.
            stop.Cancel();
            Task.WaitAll(parses, CancellationToken.None);
        }
    }

    /// <summary>Reads from the start of <paramref name="chunk"/> to the end of the source, sequentially, into the source's findings.</summary>
    private bool ReadRest(TextChunk chunk, Func<DocNode, bool> onDocument)
    {
        var yaml = new YamlStreamReader(sourceName, limits, diagnostics, chunk.LineOffset);
        using var reader = new MemoryTextReader(text[chunk.Start..]);
        var complete = yaml.Read(reader, onDocument);
        LimitedDocuments += yaml.LimitedDocuments;
        return complete;
    }

    /// <summary>The chunk's documents and findings, or null when it did not parse cleanly to its end (or was cancelled).</summary>
    private ParsedChunk? Parse(TextChunk chunk, CancellationToken stop)
    {
        var findings = new DiagnosticBag();
        var yaml = new YamlStreamReader(sourceName, limits, findings, chunk.LineOffset);
        var documents = new List<ParsedDocument>();
        try
        {
            using var reader = new MemoryTextReader(text.Slice(chunk.Start, chunk.Length));
            var clean = yaml.Read(reader, root =>
            {
                stop.ThrowIfCancellationRequested();
                documents.Add(new ParsedDocument(root, findings.Count, yaml.LimitedDocuments));
                return true;
            });
            return clean ? new ParsedChunk(documents, findings, yaml.LimitedDocuments) : null;
        }
#pragma warning disable CA1031 // Cancelled, or a failure the sequential read of the rest meets (and reports) in its turn.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>Hands on a chunk's documents with its findings between them, as the sequential read would have made them.</summary>
    private bool Replay(ParsedChunk parsed, Func<DocNode, bool> onDocument)
    {
        var flushed = 0;
        foreach (var document in parsed.Documents)
        {
            flushed = Flush(parsed.Findings, flushed, document.FindingsBefore);
            if (!onDocument(document.Root))
            {
                LimitedDocuments += document.LimitedBefore;
                return false;
            }
        }

        Flush(parsed.Findings, flushed, parsed.Findings.Count);
        LimitedDocuments += parsed.LimitedDocuments;
        return true;
    }

    private int Flush(DiagnosticBag findings, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            diagnostics.Add(findings.Items[i]);
        }

        return to;
    }

    /// <summary>A document root with how many of its chunk's findings and limited documents came before it.</summary>
    private sealed record ParsedDocument(DocNode Root, int FindingsBefore, int LimitedBefore);

    private sealed record ParsedChunk(List<ParsedDocument> Documents, DiagnosticBag Findings, int LimitedDocuments);
}
