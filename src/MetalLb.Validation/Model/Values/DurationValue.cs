using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model.Values;

/// <summary>A Go duration field (<c>90s</c>, <c>1m30s</c>, <c>300ms</c>) as written, and its value when it parses.</summary>
public sealed record DurationValue(string Text, TimeSpan? Value, SourceSpan Location)
{
    /// <summary>True when <see cref="Text"/> is a valid Go duration.</summary>
    public bool IsValid => Value is not null;

    /// <summary>Parses <paramref name="text"/> as Go's <c>time.ParseDuration</c> does.</summary>
    public static DurationValue Parse(string text, SourceSpan location) =>
        new(text, GoDuration.TryParse(text, out var value) ? value : null, location);

    /// <inheritdoc />
    public override string ToString() => Text;
}
