namespace MetalLb.Validation.Diagnostics;

/// <summary>The MetalLB releases a rule's behaviour applies to, both ends inclusive; null means unbounded.</summary>
public sealed record ReleaseRange(Version? From, Version? Through)
{
    /// <summary>Every release.</summary>
    public static ReleaseRange Any { get; } = new(null, null);

    /// <summary>True when <paramref name="release"/> (null: the newest behaviour) falls in the range.</summary>
    public bool Includes(Version? release) =>
        release is null
            ? Through is null
            : (From is null || release >= From) && (Through is null || release <= Through);

    /// <inheritdoc />
    public override string ToString() => (From, Through) switch
    {
        (null, null) => "all releases",
        (null, { } t) => $"up to {t}",
        ({ } f, null) => $"{f} and later",
        ({ } f, { } t) => $"{f} to {t}",
    };
}
