using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model.Values;

/// <summary>A BGP autonomous system number (32-bit) and where it was written.</summary>
public readonly record struct Asn(uint Value, SourceSpan Location)
{
    /// <summary>Largest 2-octet ASN; above it, BGP OPEN carries AS_TRANS (RFC 6793).</summary>
    public const uint MaxTwoOctet = 65535;

    /// <summary>An ASN set in code.</summary>
    public static implicit operator Asn(uint value) => FromUInt32(value);

    /// <summary>An ASN set in code.</summary>
    public static Asn FromUInt32(uint value) => new(value, SourceSpan.None);

    /// <summary>The number.</summary>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
