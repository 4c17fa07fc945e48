using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading.Decoding;
using MetalLb.Validation.Loading.Inputs;
using MetalLb.Validation.Loading.Parallel;
using MetalLb.Validation.Loading.Readers;
using MetalLb.Validation.Loading.Yaml;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Loading;

/// <summary>
/// Reads manifests from files, directories (recursive <c>*.yaml</c>, <c>*.yml</c>, <c>*.json</c>), strings and streams
/// into one <see cref="ConfigurationSet"/>. Never throws on bad input: every problem becomes a diagnostic with a position.
/// </summary>
public sealed class ConfigurationLoader
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly ObjectReader _reader;
    private readonly LoadLimits _limits;
    private readonly ParallelReading _parallel;
    private readonly List<KubernetesObject> _extra = [];
    private readonly List<SourceDocumentCount> _sources = [];
    private readonly List<string> _roots = [];
    private readonly List<(string Name, bool Directory)> _manifestInputs = [];
    private int _manifestDocuments;
    private int _documents;
    private int _files;

    /// <summary>Creates a loader with the given limits (defaults when null).</summary>
    public ConfigurationLoader(LoadLimits? limits = null)
        : this(limits, ParallelReading.Default)
    {
    }

    /// <summary>Creates a loader that parses large sources in parallel as <paramref name="parallel"/> says (tests force it on small ones).</summary>
    internal ConfigurationLoader(LoadLimits? limits, ParallelReading parallel)
    {
        _limits = limits ?? LoadLimits.Default;
        _parallel = parallel;
        _reader = new ObjectReader(_diagnostics, _limits);
    }

    /// <summary>Loads the given paths in one call.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between files and documents).</exception>
    public static ConfigurationSet LoadPaths(IEnumerable<string> paths, LoadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var loader = new ConfigurationLoader(limits);
        foreach (var path in paths)
        {
            loader.AddPath(path, cancellationToken);
        }

        return loader.Build();
    }

    /// <summary>Loads the given paths in one call, reading the files asynchronously.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked while reading, between files and between documents).</exception>
    public static async Task<ConfigurationSet> LoadPathsAsync(IEnumerable<string> paths, LoadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var loader = new ConfigurationLoader(limits);
        foreach (var path in paths)
        {
            await loader.AddPathAsync(path, cancellationToken).ConfigureAwait(false);
        }

        return loader.Build();
    }

    /// <summary>Loads YAML or JSON text in one call.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between documents).</exception>
    public static ConfigurationSet LoadText(string text, string sourceName = "<text>", LoadLimits? limits = null, CancellationToken cancellationToken = default) =>
        new ConfigurationLoader(limits).AddText(text, sourceName, cancellationToken).Build();

    /// <summary>Adds a file or a directory (searched recursively, in name order).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between files and documents).</exception>
    public ConfigurationLoader AddPath(string path, CancellationToken cancellationToken = default) => AddPath(path, static _ => true, cancellationToken);

    /// <summary>
    /// Adds a file or a directory (searched recursively, in name order), reading only the files <paramref name="include"/>
    /// accepts (the <c>ignorePaths</c> of a configuration file, say).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between files and documents).</exception>
    public ConfigurationLoader AddPath(string path, Func<string, bool> include, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(include);
        foreach (var file in FilesOf(path, include))
        {
            AddFile(file, cancellationToken);
        }

        return this;
    }

    /// <summary>Adds a file or a directory as <see cref="AddPath(string, CancellationToken)"/> does, reading the files asynchronously.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked while reading, between files and between documents).</exception>
    public Task<ConfigurationLoader> AddPathAsync(string path, CancellationToken cancellationToken = default) => AddPathAsync(path, static _ => true, cancellationToken);

    /// <summary>
    /// Adds a file or a directory as <see cref="AddPath(string, Func{string, bool}, CancellationToken)"/> does, reading the
    /// files asynchronously.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked while reading, between files and between documents).</exception>
    public async Task<ConfigurationLoader> AddPathAsync(string path, Func<string, bool> include, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(include);
        foreach (var file in FilesOf(path, include))
        {
            await AddFileAsync(file, cancellationToken).ConfigureAwait(false);
        }

        return this;
    }

    /// <summary>Adds one file; a missing or unreadable file is reported, not thrown.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between documents).</exception>
    public ConfigurationLoader AddFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var stream = File.OpenRead(path);
            return AddStream(stream, path, cancellationToken);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            return Unreadable(path, ex);
        }
    }

    /// <summary>Adds one file, read asynchronously; a missing or unreadable file is reported, not thrown.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked while reading and between documents).</exception>
    public async Task<ConfigurationLoader> AddFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                return await AddStreamAsync(stream, path, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            return Unreadable(path, ex);
        }
    }

    /// <summary>Adds YAML or JSON text under a source name used in positions.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between documents).</exception>
    public ConfigurationLoader AddText(string text, string sourceName = "<text>", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_parallel.Applies(text.Length) && text.Length <= _limits.MaxCharactersPerSource)
        {
            return AddInMemory(text.AsMemory(), sourceName, cancellationToken);
        }

        using var reader = new StringReader(text);
        return AddReader(reader, sourceName, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Adds a stream of UTF-8 (or BOM-marked UTF-16/32) text. The stream is not closed. Reading stops at the first byte
    /// that is not valid text, reported (MLB0007) at its line and column; the documents complete before it are read.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between documents).</exception>
    public ConfigurationLoader AddStream(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (WholeText(stream) is { } text)
        {
            return AddInMemory(text, sourceName, cancellationToken);
        }

        using var reader = new StrictStreamReader(stream);
        return AddReader(reader, sourceName, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Adds a stream as <see cref="AddStream"/> does, reading it asynchronously (into memory, as far as
    /// <see cref="LoadLimits.MaxCharactersPerSource"/> can need) before parsing it. The stream is not closed.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked while reading and between documents).</exception>
    public async Task<ConfigurationLoader> AddStreamAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();

        // Four bytes a character (UTF-32) and a byte order mark: enough for the character limit to be reported as AddStream does.
        var most = Math.Min(4 * (_limits.MaxCharactersPerSource + 2), Array.MaxLength);
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < most && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, most - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return AddStream(buffer, sourceName, cancellationToken);
    }

    /// <summary>
    /// Adds the output of <c>ip -j address show</c> (iproute2's JSON) taken on <paramref name="nodeName"/>: that node's
    /// interfaces and addresses, with line and column for every entry.
    /// </summary>
    public ConfigurationLoader AddIpAddressJson(string nodeName, string text, string sourceName = "<ip -j address>")
    {
        ArgumentNullException.ThrowIfNull(nodeName);
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return AddReader(reader, sourceName, root => _reader.ReadIpAddressJson(root, nodeName));
    }

    /// <summary>Adds <c>ip -j address show</c> output from a stream (UTF-8); the stream is not closed.</summary>
    public ConfigurationLoader AddIpAddressJson(string nodeName, Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(nodeName);
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StrictStreamReader(stream);
        return AddReader(reader, sourceName, root => _reader.ReadIpAddressJson(root, nodeName));
    }

    /// <summary>Adds an <c>ip -j address show</c> file; a missing or unreadable file is reported, not thrown.</summary>
    public ConfigurationLoader AddIpAddressJsonFile(string nodeName, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return AddIpAddressJson(nodeName, stream, path);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            return Unreadable(path, ex);
        }
    }

    /// <summary>Adds objects built in code (an admission request's object, test fixtures).</summary>
    public ConfigurationLoader AddObjects(IEnumerable<KubernetesObject> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        _extra.AddRange(objects);
        return this;
    }

    /// <summary>The set of everything added so far.</summary>
    public ConfigurationSet Build()
    {
        ReportNothingToValidate();
        var objects = KustomizeNamespaces.Apply(_reader.Objects, _reader.Facts, _roots, out var facts);
        return new([.. objects, .. _extra], [.. _diagnostics.Items], new Dictionary<string, int>(_reader.Skipped, StringComparer.Ordinal), [.. _sources]) { Facts = facts };
    }

    /// <summary>
    /// The text of a stream worth parsing in parallel: one whose length is known, at least the parallel threshold and
    /// within <see cref="LoadLimits.MaxCharactersPerSource"/> (a character takes at least a byte, so the limit cannot be
    /// hit), and whose bytes are all valid text. Null otherwise, with the stream back where it was, to be read as a stream.
    /// </summary>
    private ReadOnlyMemory<char>? WholeText(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        var start = stream.Position;
        var length = stream.Length - start;
        if (!_parallel.Applies(length) || length > _limits.MaxCharactersPerSource || length > Array.MaxLength)
        {
            return null;
        }

        var text = new char[length];
        var read = 0;
        using (var reader = new StrictStreamReader(stream))
        {
            int n;
            while (read < text.Length && (n = reader.Read(text.AsSpan(read))) > 0)
            {
                read += n;
            }

            // Invalid bytes are reported exactly where a stream read meets them; a stream that grew is read as a stream.
            if (reader.Invalid is null && reader.Peek() < 0)
            {
                return text.AsMemory(0, read);
            }
        }

        stream.Position = start;
        return null;
    }

    private ConfigurationLoader AddInMemory(ReadOnlyMemory<char> text, string sourceName, CancellationToken cancellationToken)
    {
        var parallel = new ParallelYamlReader(sourceName, _limits, _diagnostics, text, _parallel.Chunks);
        return AddDocuments(sourceName, null, onDocument => (parallel.Read(onDocument), parallel.LimitedDocuments), cancellationToken);
    }

    private ConfigurationLoader AddReader(TextReader reader, string sourceName, Action<DocNode>? readDocument = null, CancellationToken cancellationToken = default) =>
        AddDocuments(
            sourceName,
            readDocument,
            onDocument =>
            {
                var yaml = new YamlStreamReader(sourceName, _limits, _diagnostics);
                return (yaml.Read(reader, onDocument), yaml.LimitedDocuments);
            },
            cancellationToken);

    /// <summary>Reads the documents <paramref name="readSource"/> hands on, returning whether it read to the end and how many documents it dropped at a limit.</summary>
    private ConfigurationLoader AddDocuments(string sourceName, Action<DocNode>? readDocument, Func<Func<DocNode, bool>, (bool Complete, int Limited)> readSource, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_documents >= _limits.MaxDocuments)
        {
            _diagnostics.Add(MetalLbRules.LimitExceeded, $"the document limit of {_limits.MaxDocuments:N0} was reached before this source; it was not read", new SourceSpan(sourceName, 0, 0));
            _sources.Add(new SourceDocumentCount(sourceName, 0, 0, 0, 0, 0, Unread: true));
            return this;
        }

        int read = 0, modelled = 0, skipped = 0, empty = 0, reported = 0;
        var (complete, limited) = readSource(document =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++_documents > _limits.MaxDocuments)
            {
                _diagnostics.Add(MetalLbRules.LimitExceeded, $"more than {_limits.MaxDocuments:N0} documents; this one and those after it were not read", document.Span);
                return false;
            }

            read++;
            var (objects, skips, findings) = (_reader.Objects.Count, _reader.SkippedTotal, _diagnostics.Count);
            try
            {
                if (readDocument is null)
                {
                    _reader.Read(document);
                }
                else
                {
                    readDocument(document);
                }
            }
#pragma warning disable CA1031 // The public API must not throw on any input; a bug in a reader becomes a finding.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _diagnostics.Add(MetalLbRules.InternalError, $"internal error while reading this document ({ex.GetType().Name}: {ex.Message}); please report it", document.Span);
            }

            if (_reader.Objects.Count > objects)
            {
                modelled++;
            }
            else if (_reader.SkippedTotal > skips)
            {
                skipped++;
            }
            else if (_diagnostics.Count > findings)
            {
                reported++;
            }
            else
            {
                empty++;
            }

            return true;
        });
        _documents += limited;
        _sources.Add(new SourceDocumentCount(sourceName, read + limited, modelled, skipped, empty, reported + limited, Unread: !complete));
        if (readDocument is null)
        {
            _manifestInputs.Add((sourceName, Directory: false));
            _manifestDocuments += read + limited - empty;
        }

        return this;
    }

    /// <summary>
    /// Manifests were asked for and not one document came of them (empty stdin, a directory without manifests): a run
    /// that checked nothing must not pass as clean. Once per loader.
    /// </summary>
    private void ReportNothingToValidate()
    {
        if (_manifestInputs.Count == 0 || _manifestDocuments > 0 || _extra.Count > 0 || _diagnostics.Count > 0)
        {
            return;
        }

        var reasons = _manifestInputs.Select(input => input.Directory
            ? $"no .yaml, .yml or .json file was read from directory {input.Name}"
            : $"{input.Name} is empty (no YAML or JSON document)");
        _diagnostics.Add(
            MetalLbRules.NothingToValidate,
            $"nothing to validate: {string.Join("; ", reasons)}. No MetalLB configuration was checked. Give the files or directories that hold it, or pipe it to stdin",
            new SourceSpan(_manifestInputs[0].Name, 0, 0));
        _manifestInputs.Clear();
    }

    private static bool IsUnreadable(Exception ex) => ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    private ConfigurationLoader Unreadable(string path, Exception ex)
    {
        _diagnostics.Add(MetalLbRules.Unreadable, $"cannot read {path}: {ex.Message}", new SourceSpan(path, 0, 0));
        return this;
    }

    /// <summary>The file <paramref name="path"/>, or the manifests of directory <paramref name="path"/> (noting a directory that has none).</summary>
    private IEnumerable<string> FilesOf(string path, Func<string, bool> include)
    {
        if (!Directory.Exists(path))
        {
            yield return path;
            yield break;
        }

        _roots.Add(Path.GetFullPath(path));
        var read = 0;
        foreach (var file in EnumerateManifests(path).Where(include))
        {
            yield return file;
            read++;
        }

        if (read == 0)
        {
            _manifestInputs.Add((path, Directory: true));
        }
    }

    private IEnumerable<string> EnumerateManifests(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var files = Directory.EnumerateFiles(directory, "*", options)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (++_files > _limits.MaxFiles)
            {
                _diagnostics.Add(MetalLbRules.LimitExceeded, $"more than {_limits.MaxFiles:N0} files under {directory}; the rest were not read", new SourceSpan(file, 0, 0));
                yield break;
            }

            yield return file;
        }
    }
}
