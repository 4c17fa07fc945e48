using System.Net;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Preflight;

/// <summary>One BGP session a node would open, with everything the probe needs.</summary>
/// <param name="Peer">The BGPPeer it comes from.</param>
/// <param name="Node">The node that opens it.</param>
/// <param name="Source">The address to bind before connecting, or null to let the kernel choose.</param>
/// <param name="Router">The router's address and port.</param>
/// <param name="LocalAsn">The ASN this node speaks as (myASN, or localASN when the mode honours it).</param>
/// <param name="ExpectedPeerAsn">The router's ASN (peerASN), or null with <paramref name="DynamicAsn"/>.</param>
/// <param name="DynamicAsn"><c>internal</c> or <c>external</c> when the router's ASN is dynamic.</param>
/// <param name="HoldTimeSeconds">Hold time proposed in our OPEN.</param>
/// <param name="RouterId">BGP identifier, or null to use the IPv4 local address of the connection.</param>
/// <param name="Password">TCP-MD5 key, or null.</param>
/// <param name="Timeout">Bound for each step (connect, OPEN, KEEPALIVE).</param>
/// <param name="SingleHop">True for eBGP without ebgpMultiHop in FRR modes: FRR sends with TTL 1.</param>
/// <param name="Families">Address families (AFI, SAFI) offered in multiprotocol capabilities.</param>
internal sealed record PlannedSession(
    BgpPeer Peer,
    string Node,
    IPAddress? Source,
    IPEndPoint Router,
    uint LocalAsn,
    uint? ExpectedPeerAsn,
    string? DynamicAsn,
    ushort HoldTimeSeconds,
    IPAddress? RouterId,
    SensitiveText? Password,
    TimeSpan Timeout,
    bool SingleHop,
    IReadOnlyList<(ushort Afi, byte Safi)> Families)
{
    /// <summary><c>10.0.0.5 -> 10.0.0.1:179</c>, or <c>(kernel-chosen source) -> ...</c>.</summary>
    public string Route => $"{Source?.ToString() ?? "(kernel-chosen source)"} -> {Router}";

    /// <summary>True when the router's ASN is acceptable for this session.</summary>
    public bool AcceptsPeerAsn(uint asn) => DynamicAsn switch
    {
        "internal" => asn == LocalAsn,
        "external" => asn != LocalAsn,
        _ => ExpectedPeerAsn is null || asn == ExpectedPeerAsn,
    };

    /// <summary>What the configuration expects of the router's ASN, in words.</summary>
    public string ExpectedAsnText => DynamicAsn switch
    {
        "internal" => $"{LocalAsn} (dynamicASN: internal)",
        "external" => $"anything but {LocalAsn} (dynamicASN: external)",
        _ => ExpectedPeerAsn?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any",
    };
}
