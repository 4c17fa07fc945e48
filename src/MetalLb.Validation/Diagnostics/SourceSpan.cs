namespace MetalLb.Validation.Diagnostics;

/// <summary>Where something stands in the user's input: file (or source name), 1-based line and column.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>No position known.</summary>
    public static SourceSpan None { get; } = new(string.Empty, 0, 0);

    /// <summary>True when the span points into a source.</summary>
    public bool IsKnown => Line > 0;

    /// <inheritdoc />
    public override string ToString() => IsKnown ? $"{File}:{Line}:{Column}" : File;
}
