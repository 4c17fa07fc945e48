using System.Net;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Topology;

/// <summary>
/// One BGP session a node opens, as the selected backend mode will run it. The password is never kept, only
/// whether there is one.
/// </summary>
internal sealed record BgpSession
{
    /// <summary>The node opening the session.</summary>
    public required string Node { get; init; }

    /// <summary>The BGPPeer it comes from.</summary>
    public required BgpPeer Peer { get; init; }

    /// <summary>The router's address, or null for an unnumbered (interface) session or an invalid address.</summary>
    public IPAddress? RouterAddress { get; init; }

    /// <summary>The interface of an unnumbered session.</summary>
    public string? Interface { get; init; }

    /// <summary>TCP port, 179 unless set.</summary>
    public long Port { get; init; } = 179;

    /// <summary>VRF, null for the default one.</summary>
    public string? Vrf { get; init; }

    /// <summary>The source address the session binds to, when the mode honours it.</summary>
    public IPAddress? SourceAddress { get; init; }

    /// <summary>True when the peer sets a sourceAddress the mode drops (FRR-K8s).</summary>
    public bool SourceAddressDropped { get; init; }

    /// <summary>myASN.</summary>
    public uint? MyAsn { get; init; }

    /// <summary>peerASN.</summary>
    public uint? PeerAsn { get; init; }

    /// <summary>localASN.</summary>
    public uint? LocalAsn { get; init; }

    /// <summary>True when the peer sets a localASN the mode does not pass on (FRR-K8s).</summary>
    public bool LocalAsnDropped { get; init; }

    /// <summary>dynamicASN (internal, external).</summary>
    public string? DynamicAsn { get; init; }

    /// <summary>Explicit router ID.</summary>
    public IPAddress? RouterId { get; init; }

    /// <summary>BFD profile name.</summary>
    public string? BfdProfile { get; init; }

    /// <summary>holdTime as written.</summary>
    public string? HoldTime { get; init; }

    /// <summary>keepaliveTime as written.</summary>
    public string? KeepaliveTime { get; init; }

    /// <summary>connectTime as written.</summary>
    public string? ConnectTime { get; init; }

    /// <summary>True when a password or passwordSecret is set (the value is never kept).</summary>
    public bool HasPassword { get; init; }

    /// <summary>ebgpMultiHop.</summary>
    public bool EbgpMultiHop { get; init; }

    /// <summary>True for eBGP (peerASN differs from myASN, or dynamicASN external); null when unknown.</summary>
    public bool? IsExternal => DynamicAsn switch
    {
        "external" => true,
        "internal" => false,
        _ => PeerAsn is { } p && MyAsn is { } m ? p != m : null,
    };

    /// <summary>The router as FRR keys it: address or interface, plus the VRF.</summary>
    public string RouterKey => $"{RouterAddress?.ToString() ?? Interface ?? Peer.PeerAddress?.Text ?? "?"}{(string.IsNullOrEmpty(Vrf) ? string.Empty : $"%{Vrf}")}";
}
