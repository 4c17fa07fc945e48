namespace MetalLb.Validation.Loading;

/// <summary>
/// Bounds that turn hostile input (alias bombs, deep nesting, huge scalars, endless streams, floods of documents)
/// into a finding (MLB0002, with the position where the limit was hit) instead of a hang, a stack overflow or running
/// out of memory. The defaults fit the largest real clusters with room to spare; set them through
/// <see cref="ValidationOptions.Limits"/> or the <see cref="ConfigurationLoader"/> constructor.
/// </summary>
/// <remarks>
/// Sources are read as streams; one of 1 MiB or more whose length is known and within
/// <see cref="MaxCharactersPerSource"/> (a file) is read whole into memory first, two bytes a character, and parsed in
/// parallel, in chunks of documents. What stays in memory is the model of what was read (with
/// the document trees its positions come from): measured, a 100 MB file of 182,000 objects peaks at 1.6 GB, about
/// 16 bytes per input character. So peak memory is bounded by <see cref="MaxCharactersPerSource"/> per source (about
/// 1 GB at the default) and by <see cref="MaxDocuments"/> over all sources. Time is linear in the characters read:
/// every structure the reader builds is bounded or hashed.
/// </remarks>
public sealed record LoadLimits
{
    /// <summary>
    /// Characters read from one source (file, string, stream) before the rest of it is left unread, reported at the
    /// last position read. Default 64 Mi, eight times the largest cluster we plan for (2,000 peers, 5,000 nodes,
    /// 100,000 pool entries: 7.8 MB). Documents before that point are kept and validated.
    /// </summary>
    public long MaxCharactersPerSource { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Nesting depth of mappings and sequences (and of <c>kind: List</c> inside lists). Default 64; MetalLB objects
    /// need about 10. Deeper nesting stops reading the source, because YamlDotNet's scanner takes time that grows
    /// faster than the length of a deep flow nest (<c>[[[[...</c>) even when its events are ignored.
    /// </summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// Nodes one document may stand for once aliases (and merge keys) are followed. Default 4,000,000. Aliases are
    /// shared, not copied, so the limit is about the work rules would do walking the tree: a billion-laughs
    /// document is dropped (and reported) as soon as its size passes the limit.
    /// </summary>
    public long MaxNodesPerDocument { get; init; } = 4_000_000;

    /// <summary>
    /// Documents read over all sources together. Default 200,000 (the largest cluster we plan for has about 15,000
    /// objects). Documents past it, and sources added after it, are not read and are reported.
    /// </summary>
    public int MaxDocuments { get; init; } = 200_000;

    /// <summary>
    /// Length of one scalar. Default 1 Mi characters. A longer one drops its document (reported); reading goes on
    /// with the next document. YamlDotNet has already read the scalar into memory by then, so the memory it takes is
    /// bounded by <see cref="MaxCharactersPerSource"/>, not by this limit.
    /// </summary>
    public int MaxScalarLength { get; init; } = 1024 * 1024;

    /// <summary>Files read from directories. Default 100,000.</summary>
    public int MaxFiles { get; init; } = 100_000;

    /// <summary>The defaults.</summary>
    public static LoadLimits Default { get; } = new();
}
