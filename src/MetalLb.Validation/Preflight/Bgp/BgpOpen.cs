using System.Net;

namespace MetalLb.Validation.Preflight.Bgp;

/// <summary>
/// An OPEN message (RFC 4271 section 4.2). <see cref="MyAs"/> is the 2-octet field; the real ASN of a speaker
/// supporting RFC 6793 is in its 4-octet ASN capability (<see cref="Asn"/> reads both).
/// </summary>
internal sealed record BgpOpen(byte Version, ushort MyAs, ushort HoldTimeSeconds, IPAddress Identifier, IReadOnlyList<BgpCapability> Capabilities)
{
    /// <summary>AS_TRANS: the 2-octet placeholder for ASNs above 65535 (RFC 6793).</summary>
    public const ushort AsTrans = 23456;

    /// <summary>
    /// An OPEN for <paramref name="asn"/>: version 4, AS_TRANS in My AS when the ASN needs 4 octets, and the 4-octet
    /// ASN capability first, then <paramref name="capabilities"/>.
    /// </summary>
    public static BgpOpen For(uint asn, ushort holdTimeSeconds, IPAddress identifier, IEnumerable<BgpCapability> capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var myAs = asn > ushort.MaxValue ? AsTrans : (ushort)asn;
        return new BgpOpen(4, myAs, holdTimeSeconds, identifier, [BgpCapability.FourOctetAsn(asn), .. capabilities]);
    }

    /// <summary>The speaker's ASN: the 4-octet capability's value when present, otherwise My AS.</summary>
    public uint Asn => Capabilities.Select(c => c.AsFourOctetAsn()).FirstOrDefault(a => a is not null) ?? MyAs;

    /// <inheritdoc />
    public bool Equals(BgpOpen? other) =>
        other is not null && Version == other.Version && MyAs == other.MyAs && HoldTimeSeconds == other.HoldTimeSeconds
        && Identifier.Equals(other.Identifier) && Capabilities.SequenceEqual(other.Capabilities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Version, MyAs, HoldTimeSeconds, Identifier, Capabilities.Count);
}
