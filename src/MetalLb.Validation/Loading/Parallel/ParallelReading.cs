namespace MetalLb.Validation.Loading.Parallel;

/// <summary>
/// When a source is parsed in parallel: at <paramref name="MinCharacters"/> characters and more, in up to
/// <paramref name="Chunks"/> chunks. Smaller sources do not pay for threads.
/// </summary>
internal sealed record ParallelReading(long MinCharacters, int Chunks)
{
    /// <summary>From 1 Mi characters, four chunks a core; off on one core.</summary>
    public static ParallelReading Default { get; } = Environment.ProcessorCount > 1
        ? new(1024 * 1024, 4 * Environment.ProcessorCount)
        : Off;

    /// <summary>Every source read sequentially.</summary>
    public static ParallelReading Off => new(long.MaxValue, 1);

    public bool Applies(long characters) => Chunks > 1 && characters >= MinCharacters;
}
