using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model.Values;

/// <summary>A BGP autonomous system number (32-bit) and where it was written.</summary>
public readonly record struct Asn(uint Value, SourceSpan Location)
{
    /// <summary>Largest 2-octet ASN; above it, BGP OPEN carries AS_TRANS (RFC 6793).</summary>
    public const uint MaxTwoOctet = 65535;

    /// <summary>The number.</summary>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
