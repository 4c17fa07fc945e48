using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Model.MetalLb;

/// <summary>A <c>BGPAdvertisement</c>: how and to whom pools are announced over BGP.</summary>
public sealed record BgpAdvertisement() : MetalLbObject("v1beta1", KindName)
{
    /// <summary>Kind name.</summary>
    public const string KindName = "BGPAdvertisement";

    /// <summary><c>spec.aggregationLength</c>; null means 32.</summary>
    public long? AggregationLength { get; init; }

    /// <summary><c>spec.aggregationLengthV6</c>; null means 128.</summary>
    public long? AggregationLengthV6 { get; init; }

    /// <summary><c>spec.localPref</c>; 0 when unset.</summary>
    public long LocalPref { get; init; }

    /// <summary><c>spec.communities</c>: literals or Community alias names.</summary>
    public IReadOnlyList<string> Communities { get; init; } = [];

    /// <summary><c>spec.ipAddressPools</c> by name.</summary>
    public IReadOnlyList<string> IpAddressPools { get; init; } = [];

    /// <summary><c>spec.ipAddressPoolSelectors</c>.</summary>
    public IReadOnlyList<LabelSelector> IpAddressPoolSelectors { get; init; } = [];

    /// <summary><c>spec.nodeSelectors</c>.</summary>
    public IReadOnlyList<LabelSelector> NodeSelectors { get; init; } = [];

    /// <summary><c>spec.peers</c> by BGPPeer name; empty means all peers.</summary>
    public IReadOnlyList<string> Peers { get; init; } = [];

    /// <summary><c>spec.serviceSelectors</c>.</summary>
    public IReadOnlyList<LabelSelector> ServiceSelectors { get; init; } = [];
}
