using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Model.MetalLb;

/// <summary>
/// A <c>BGPPeer</c>, read from v1beta1 or v1beta2 into one model; <see cref="MetalLbObject.ServedVersion"/> says which.
/// The password is kept as <see cref="SensitiveText"/> and never printed.
/// </summary>
public sealed record BgpPeer() : MetalLbObject("v1beta2", KindName)
{
    /// <summary>Kind name.</summary>
    public const string KindName = "BGPPeer";

    /// <summary><c>spec.myASN</c>.</summary>
    public Asn? MyAsn { get; init; }

    /// <summary><c>spec.peerASN</c>.</summary>
    public Asn? PeerAsn { get; init; }

    /// <summary><c>spec.localASN</c> (v1beta2).</summary>
    public Asn? LocalAsn { get; init; }

    /// <summary><c>spec.dynamicASN</c> (v1beta2): <c>internal</c> or <c>external</c>.</summary>
    public string? DynamicAsn { get; init; }

    /// <summary><c>spec.peerAddress</c>.</summary>
    public IpValue? PeerAddress { get; init; }

    /// <summary><c>spec.interface</c> (v1beta2, unnumbered BGP).</summary>
    public string? Interface { get; init; }

    /// <summary><c>spec.sourceAddress</c>.</summary>
    public IpValue? SourceAddress { get; init; }

    /// <summary><c>spec.peerPort</c>; null when unset (179).</summary>
    public long? PeerPort { get; init; }

    /// <summary><c>spec.holdTime</c>.</summary>
    public DurationValue? HoldTime { get; init; }

    /// <summary><c>spec.keepaliveTime</c>.</summary>
    public DurationValue? KeepaliveTime { get; init; }

    /// <summary><c>spec.connectTime</c> (v1beta2).</summary>
    public DurationValue? ConnectTime { get; init; }

    /// <summary><c>spec.routerID</c>.</summary>
    public IpValue? RouterId { get; init; }

    /// <summary><c>spec.nodeSelectors</c>; empty selects every node.</summary>
    public IReadOnlyList<LabelSelector> NodeSelectors { get; init; } = [];

    /// <summary><c>spec.password</c>, redacted in every output.</summary>
    public SensitiveText? Password { get; init; }

    /// <summary><c>spec.passwordSecret</c> (v1beta2).</summary>
    public SecretReference? PasswordSecret { get; init; }

    /// <summary><c>spec.bfdProfile</c>.</summary>
    public string? BfdProfile { get; init; }

    /// <summary><c>spec.ebgpMultiHop</c>.</summary>
    public bool EbgpMultiHop { get; init; }

    /// <summary><c>spec.enableGracefulRestart</c> (v1beta2).</summary>
    public bool EnableGracefulRestart { get; init; }

    /// <summary><c>spec.vrf</c> (v1beta2).</summary>
    public string? Vrf { get; init; }

    /// <summary><c>spec.disableMP</c> (v1beta2, deprecated).</summary>
    public bool DisableMp { get; init; }

    /// <summary><c>spec.dualStackAddressFamily</c> (v1beta2).</summary>
    public bool DualStackAddressFamily { get; init; }

    /// <summary>True when a password is set inline.</summary>
    public bool HasInlinePassword => Password is { IsEmpty: false };
}
