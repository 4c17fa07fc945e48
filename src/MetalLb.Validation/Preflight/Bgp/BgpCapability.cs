using System.Buffers.Binary;

namespace MetalLb.Validation.Preflight.Bgp;

/// <summary>One capability of an OPEN's Capabilities optional parameter (RFC 5492): code and raw value.</summary>
internal sealed record BgpCapability(byte Code, ReadOnlyMemory<byte> Value)
{
    /// <summary>Multiprotocol extensions (RFC 4760).</summary>
    public const byte MultiprotocolCode = 1;

    /// <summary>Support for 4-octet AS numbers (RFC 6793).</summary>
    public const byte FourOctetAsnCode = 65;

    /// <summary>The 4-octet ASN capability carrying <paramref name="asn"/>.</summary>
    public static BgpCapability FourOctetAsn(uint asn)
    {
        var value = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(value, asn);
        return new BgpCapability(FourOctetAsnCode, value);
    }

    /// <summary>The multiprotocol capability for an address family (AFI 1 IPv4, 2 IPv6; SAFI 1 unicast).</summary>
    public static BgpCapability Multiprotocol(ushort afi, byte safi)
    {
        var value = new byte[4];
        BinaryPrimitives.WriteUInt16BigEndian(value, afi);
        value[3] = safi;
        return new BgpCapability(MultiprotocolCode, value);
    }

    /// <summary>The ASN when this is a well-formed 4-octet ASN capability.</summary>
    public uint? AsFourOctetAsn() =>
        Code == FourOctetAsnCode && Value.Length == 4 ? BinaryPrimitives.ReadUInt32BigEndian(Value.Span) : null;

    /// <summary>AFI and SAFI when this is a well-formed multiprotocol capability.</summary>
    public (ushort Afi, byte Safi)? AsMultiprotocol() =>
        Code == MultiprotocolCode && Value.Length == 4 ? (BinaryPrimitives.ReadUInt16BigEndian(Value.Span), Value.Span[3]) : null;

    /// <summary>A short description: <c>4-octet-asn(4200000000)</c>, <c>mp(ipv4/unicast)</c>, <c>cap-64</c>.</summary>
    public override string ToString()
    {
        if (AsFourOctetAsn() is { } asn)
        {
            return $"4-octet-asn({asn})";
        }

        if (AsMultiprotocol() is var (afi, safi))
        {
            var family = afi switch { 1 => "ipv4", 2 => "ipv6", _ => $"afi{afi}" };
            var sub = safi switch { 1 => "unicast", 2 => "multicast", _ => $"safi{safi}" };
            return $"mp({family}/{sub})";
        }

        return Code switch
        {
            2 => "route-refresh",
            5 => "extended-nexthop",
            6 => "extended-message",
            9 => "role",
            64 => "graceful-restart",
            69 => "add-path",
            70 => "enhanced-route-refresh",
            71 => "long-lived-graceful-restart",
            73 => "fqdn",
            _ => $"cap-{Code}",
        };
    }

    /// <inheritdoc />
    public bool Equals(BgpCapability? other) =>
        other is not null && Code == other.Code && Value.Span.SequenceEqual(other.Value.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Value.Length);
}
