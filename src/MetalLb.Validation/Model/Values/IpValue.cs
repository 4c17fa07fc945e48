using System.Net;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model.Values;

/// <summary>An IP address field as written, parsed the way MetalLB (Go's <c>net.ParseIP</c>) parses it.</summary>
/// <param name="Text">The text as written.</param>
/// <param name="Address">The address, or null when <paramref name="Text"/> is not one.</param>
/// <param name="Location">Where it was written.</param>
public sealed record IpValue(string Text, IPAddress? Address, SourceSpan Location)
{
    /// <summary>True when <see cref="Text"/> parsed.</summary>
    public bool IsValid => Address is not null;

    /// <summary>Parses <paramref name="text"/> strictly (no zones, no shorthand IPv4, no leading zeros).</summary>
    public static IpValue Parse(string text, SourceSpan location) =>
        new(text, GoIp.TryParse(text, out var address) ? address : null, location);

    /// <summary>An address set in code, parsed as MetalLB parses it.</summary>
    public static implicit operator IpValue(string text) => FromString(text);

    /// <summary>An address set in code, parsed as MetalLB parses it.</summary>
    public static IpValue FromString(string text) => Parse(text, SourceSpan.None);

    /// <inheritdoc />
    public override string ToString() => Address?.ToString() ?? Text;
}
