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

    /// <summary>A duration set in code as Go text (<c>90s</c>).</summary>
    public static implicit operator DurationValue(string text) => FromString(text);

    /// <summary>A duration set in code as Go text (<c>90s</c>).</summary>
    public static DurationValue FromString(string text) => Parse(text, SourceSpan.None);

    /// <summary>A duration set in code.</summary>
    public static implicit operator DurationValue(TimeSpan value) => FromTimeSpan(value);

    /// <summary>A duration set in code, written as whole milliseconds (a valid Go duration).</summary>
    public static DurationValue FromTimeSpan(TimeSpan value) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(long)value.TotalMilliseconds}ms"), value, SourceSpan.None);

    /// <inheritdoc />
    public override string ToString() => Text;
}
