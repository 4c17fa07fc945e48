namespace MetalLb.Validation.Loading;

/// <summary>
/// Bounds that turn hostile input (alias bombs, deep nesting, huge scalars, endless streams) into a diagnostic
/// instead of a hang, a stack overflow or running out of memory. The defaults fit the largest real clusters.
/// </summary>
public sealed record LoadLimits
{
    /// <summary>Characters read from one source (file, string, stream) before it is cut off. Default 256 Mi.</summary>
    public long MaxCharactersPerSource { get; init; } = 256L * 1024 * 1024;

    /// <summary>Nesting depth of mappings and sequences. Default 64; MetalLB objects need about 10.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Nodes one document may expand to once aliases are followed. Default 4,000,000.</summary>
    public long MaxNodesPerDocument { get; init; } = 4_000_000;

    /// <summary>Documents read in all sources together. Default 200,000.</summary>
    public int MaxDocuments { get; init; } = 200_000;

    /// <summary>Length of one scalar. Default 1 Mi characters.</summary>
    public int MaxScalarLength { get; init; } = 1024 * 1024;

    /// <summary>Files read from directories. Default 100,000.</summary>
    public int MaxFiles { get; init; } = 100_000;

    /// <summary>The defaults.</summary>
    public static LoadLimits Default { get; } = new();
}
