using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Model.MetalLb;

/// <summary>An <c>L2Advertisement</c>: pools announced by ARP/NDP.</summary>
public sealed record L2Advertisement() : MetalLbObject("v1beta1", KindName)
{
    /// <summary>Kind name.</summary>
    public const string KindName = "L2Advertisement";

    /// <summary><c>spec.ipAddressPools</c> by name.</summary>
    public IReadOnlyList<string> IpAddressPools { get; init; } = [];

    /// <summary><c>spec.ipAddressPoolSelectors</c>.</summary>
    public IReadOnlyList<LabelSelector> IpAddressPoolSelectors { get; init; } = [];

    /// <summary><c>spec.nodeSelectors</c>.</summary>
    public IReadOnlyList<LabelSelector> NodeSelectors { get; init; } = [];

    /// <summary><c>spec.interfaces</c>; empty means all.</summary>
    public IReadOnlyList<string> Interfaces { get; init; } = [];

    /// <summary><c>spec.serviceSelectors</c>.</summary>
    public IReadOnlyList<LabelSelector> ServiceSelectors { get; init; } = [];

    /// <summary><c>spec.preferredNodeSelectors</c>.</summary>
    public IReadOnlyList<PreferredNodeSelector> PreferredNodeSelectors { get; init; } = [];
}
