using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Decoding;
using MetalLb.Validation.Loading.Secrets;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MetalLb.Validation.Loading.Yaml;

/// <summary>
/// Turns a YAML (or JSON) stream into positioned document trees from YamlDotNet's parser events.
/// Iterative, so nesting cannot overflow the stack; every limit and every parser failure becomes a diagnostic.
/// Documents read before a syntax error are kept. A secret that aliases share with other fields is redacted
/// (<see cref="SharedSecretRedactor"/>) before a document is handed on. A reader of a chunk of a source (see
/// <see cref="Parallel.DocumentSplitter"/>) is given the lines before the chunk, so its positions are the source's.
/// </summary>
internal sealed class YamlStreamReader(string sourceName, LoadLimits limits, DiagnosticBag diagnostics, long lineOffset = 0)
{
    private readonly Dictionary<string, DocNode> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _stack = new();

    // Reported when the document ends, once it is known which keys are secrets shared through aliases.
    private readonly List<DocScalar> _duplicateKeys = [];
    private bool _hasAliases;
    private DocNode? _root;
    private bool _skippingDocument;
    private long? _documentLine;
    private bool _documentHasNode;

    /// <summary>Documents dropped because they hit a limit (already reported).</summary>
    public int LimitedDocuments { get; private set; }

    /// <summary>
    /// Reads every document, handing each root to <paramref name="onDocument"/>; returns false when reading stopped early.
    /// A <see cref="StrictStreamReader"/> input ends at its first invalid byte: the documents complete before it are read,
    /// the one it cuts is not, and the finding is at that byte.
    /// </summary>
    public bool Read(TextReader input, Func<DocNode, bool> onDocument)
    {
        var bytes = input as StrictStreamReader;
        using var counting = new CountingTextReader(input, limits.MaxCharactersPerSource);
        var parser = new Parser(counting);
        var last = new SourceSpan(sourceName, (int)Math.Min(1 + lineOffset, int.MaxValue), 1);
        try
        {
            while (Advance(parser))
            {
                var ev = parser.Current!;
                last = At(ev.Start);
                if (ev is DocumentEnd && bytes?.Invalid is { } invalid && IsCutBy(ev, invalid))
                {
                    ReportDuplicateKeys(QuoteUnread);
                    ReportInvalidText(invalid);
                    return false;
                }

                TrackDocument(ev);
                if (!Handle(ev, onDocument))
                {
                    return false;
                }
            }

            if (bytes?.Invalid is { } after)
            {
                ReportInvalidText(after);
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is YamlException or ParserFailure && bytes is { AtInvalidText: true })
        {
            // The parser met the end the invalid bytes made, inside a document: that document is cut, not malformed.
            ReportDuplicateKeys(QuoteUnread);
            ReportInvalidText(bytes.Invalid!);
        }
        catch (YamlException ex)
        {
            ReportDuplicateKeys(QuoteUnread);
            var at = ex.Start.Line > 0 ? At(ex.Start) : last;
            diagnostics.Add(MetalLbRules.Syntax, $"YAML syntax error: {CleanMessage(ex)}; nothing after this point in the source was read", at);
        }
        catch (InputLimitException ex)
        {
            ReportDuplicateKeys(QuoteUnread);
            diagnostics.Add(MetalLbRules.LimitExceeded, ex.Message, last);
        }
        catch (ParserFailure ex)
        {
            ReportDuplicateKeys(QuoteUnread);
            // YamlDotNet reports some malformed input (bad escapes, control characters, NUL in a plain scalar)
            // with ArgumentException or InvalidOperationException rather than YamlException.
            diagnostics.Add(MetalLbRules.Syntax, $"YAML syntax error: {ex.InnerException!.Message}; nothing after this point in the source was read", last);
        }

        return false;
    }

    private static bool Advance(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception ex) when (ex is not (YamlException or InputLimitException or OutOfMemoryException))
        {
            throw new ParserFailure(ex);
        }
    }

    /// <summary>Keeps the line of the open document's first node (or of its <c>---</c> while it has none).</summary>
    private void TrackDocument(ParsingEvent ev)
    {
        switch (ev)
        {
            case DocumentStart:
                _documentLine = ev.Start.Line + lineOffset;
                _documentHasNode = false;
                break;
            case NodeEvent when !_documentHasNode:
                _documentLine = ev.Start.Line + lineOffset;
                _documentHasNode = true;
                break;
            case DocumentEnd:
                _documentLine = null;
                break;
        }
    }

    /// <summary>
    /// Whether a document ends where the text ends, at the invalid bytes, rather than at a marker before them. A marker
    /// right before them does not count either: <c>---</c> or <c>...</c> is a marker only when a blank follows it.
    /// </summary>
    private static bool IsCutBy(ParsingEvent documentEnd, InvalidText invalid) =>
        documentEnd.Start.Index + 3 >= invalid.CharacterIndex;

    private void ReportInvalidText(InvalidText invalid) =>
        diagnostics.Add(
            MetalLbRules.Unreadable,
            invalid.Describe(_documentLine),
            new SourceSpan(sourceName, (int)Math.Min(invalid.Line, int.MaxValue), (int)Math.Min(invalid.Column, int.MaxValue)));

    private bool Handle(ParsingEvent ev, Func<DocNode, bool> onDocument)
    {
        switch (ev)
        {
            case DocumentStart:
                _anchors.Clear();
                _stack.Clear();
                _root = null;
                _skippingDocument = false;
                _hasAliases = false;
                _duplicateKeys.Clear();
                return true;
            case DocumentEnd:
                var root = _root ?? new DocScalar(At(ev.Start), string.Empty, isPlain: true);
                _root = null;
                if (_skippingDocument)
                {
                    ReportDuplicateKeys(QuoteUnread);
                    LimitedDocuments++;
                    return true;
                }

                if (!_hasAliases)
                {
                    ReportDuplicateKeys(static key => key.Text);
                    return onDocument(root);
                }

                var redaction = SharedSecretRedactor.Redact(root, diagnostics);
                ReportDuplicateKeys(redaction.Quote);
                return onDocument(redaction.Root);
        }

        if (_skippingDocument)
        {
            return true;
        }

        switch (ev)
        {
            case MappingStart m:
                Push(new Frame(At(m.Start), AnchorOf(m.Anchor), isMapping: true));
                break;
            case SequenceStart s:
                Push(new Frame(At(s.Start), AnchorOf(s.Anchor), isMapping: false));
                break;
            case MappingEnd or SequenceEnd:
                var frame = _stack.Pop();
                DocNode node = frame.IsMapping
                    ? new DocMapping(frame.Span, MergeKeys(frame))
                    : new DocSequence(frame.Span, frame.Items);
                Complete(node, frame.Anchor);
                break;
            case Scalar sc:
                if (sc.Value.Length > limits.MaxScalarLength)
                {
                    SkipDocument(At(sc.Start), $"a scalar of {sc.Value.Length:N0} characters exceeds the limit of {limits.MaxScalarLength:N0}");
                    break;
                }

                Complete(new DocScalar(At(sc.Start), sc.Value, sc.Style is ScalarStyle.Plain), AnchorOf(sc.Anchor));
                break;
            case AnchorAlias alias:
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    _hasAliases = true;
                    Complete(target, null);
                }
                else
                {
                    diagnostics.Add(MetalLbRules.Syntax, $"alias *{alias.Value.Value} refers to no anchor defined before it", At(alias.Start));
                    Complete(new DocScalar(At(alias.Start), string.Empty, isPlain: true), null);
                }

                break;
        }

        return true;
    }

    private void Push(Frame frame)
    {
        if (_stack.Count >= limits.MaxDepth)
        {
            // Skipping to the document's end would still make YamlDotNet scan the whole nest, which takes time
            // that grows faster than its length; stop reading this source instead.
            throw new InputLimitException($"nesting deeper than {limits.MaxDepth} levels; the rest of this source was not read");
        }

        _stack.Push(frame);
    }

    private void Complete(DocNode node, string? anchor)
    {
        if (node.ExpandedSize > limits.MaxNodesPerDocument)
        {
            SkipDocument(node.Span, $"the document expands to more than {limits.MaxNodesPerDocument:N0} nodes through aliases (an alias bomb?)");
            return;
        }

        if (anchor is not null)
        {
            _anchors[anchor] = node;
        }

        if (_stack.Count == 0)
        {
            _root = node;
            return;
        }

        var parent = _stack.Peek();
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
        }
        else if (parent.PendingKey is null && !parent.HasPendingKey)
        {
            parent.HasPendingKey = true;
            parent.PendingKey = node as DocScalar;
            if (parent.PendingKey is null)
            {
                diagnostics.Add(MetalLbRules.WrongType, $"a mapping key must be a scalar, not {node.Describe()}; this entry was not read", node.Span);
            }
        }
        else
        {
            AddEntry(parent, node);
        }
    }

    private void AddEntry(Frame parent, DocNode value)
    {
        var key = parent.PendingKey;
        parent.PendingKey = null;
        parent.HasPendingKey = false;
        if (key is null)
        {
            return;
        }

        if (!parent.Add(new DocEntry(key, value)))
        {
            _duplicateKeys.Add(key);
        }
    }

    private void ReportDuplicateKeys(Func<DocScalar, string> quote)
    {
        foreach (var key in _duplicateKeys)
        {
            diagnostics.Add(MetalLbRules.DuplicateKey, $"key \"{Shorten(quote(key))}\" appears more than once in this mapping; Kubernetes rejects the object (the last value is used here); keep one of them", key.Span);
        }

        _duplicateKeys.Clear();
    }

    /// <summary>A key of a document that was not read to its end: which scalars are secrets is unknown, so with aliases any key may be one.</summary>
    private string QuoteUnread(DocScalar key) => _hasAliases ? SharedSecretRedactor.Placeholder : key.Text;

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");

    /// <summary>YAML merge keys (<c>&lt;&lt;: *base</c>), which Kubernetes' decoder honours: explicit keys win.</summary>
    private static List<DocEntry> MergeKeys(Frame frame)
    {
        if (frame.IndexOf("<<") < 0)
        {
            return frame.Entries;
        }

        var result = frame.Entries.Where(e => !(e.Key.IsPlain && e.Key.Text == "<<")).ToList();
        var present = result.Select(e => e.Key.Text).ToHashSet(StringComparer.Ordinal);
        var merge = frame.Entries.First(e => e.Key.Text == "<<").Value;
        var sources = merge switch
        {
            DocMapping m => [m],
            DocSequence s => s.Items.OfType<DocMapping>().ToList(),
            _ => [],
        };
        foreach (var source in sources)
        {
            foreach (var entry in source.Entries)
            {
                if (present.Add(entry.Key.Text))
                {
                    result.Add(entry);
                }
            }
        }

        return result;
    }

    private void SkipDocument(SourceSpan at, string why)
    {
        diagnostics.Add(MetalLbRules.LimitExceeded, $"{why}; the rest of this document was not read", at);
        _skippingDocument = true;
        _stack.Clear();
        _root = null;
    }

    private SourceSpan At(Mark mark) => new(sourceName, (int)Math.Min(mark.Line + lineOffset, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static string CleanMessage(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message).TrimEnd('.');
    }

    /// <summary>An open mapping or sequence. Collections are made on first use: large inputs open millions of these.</summary>
    private sealed class Frame(SourceSpan span, string? anchor, bool isMapping)
    {
        private List<DocNode>? _items;
        private List<DocEntry>? _entries;
        private Dictionary<string, int>? _keys;

        public SourceSpan Span { get; } = span;

        public string? Anchor { get; } = anchor;

        public bool IsMapping { get; } = isMapping;

        public List<DocNode> Items => _items ??= [];

        public List<DocEntry> Entries => _entries ??= [];

        public DocScalar? PendingKey { get; set; }

        public bool HasPendingKey { get; set; }

        /// <summary>Adds an entry; a key already present keeps its place and takes the new value (last wins). False on a duplicate.</summary>
        public bool Add(DocEntry entry)
        {
            var entries = Entries;
            var existing = IndexOf(entry.Key.Text);
            if (existing >= 0)
            {
                entries[existing] = entry;
                return false;
            }

            entries.Add(entry);
            if (_keys is not null)
            {
                _keys[entry.Key.Text] = entries.Count - 1;
            }
            else if (entries.Count > 16)
            {
                _keys = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < entries.Count; i++)
                {
                    _keys[entries[i].Key.Text] = i;
                }
            }

            return true;
        }

        /// <summary>Small mappings are searched, large ones hashed, so a mapping of many (or many duplicate) keys stays linear.</summary>
        public int IndexOf(string key)
        {
            if (_keys is not null)
            {
                return _keys.TryGetValue(key, out var i) ? i : -1;
            }

            var entries = Entries;
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Key.Text == key)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
