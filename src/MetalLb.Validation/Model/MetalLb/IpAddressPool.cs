using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Model.MetalLb;

/// <summary>An <c>IPAddressPool</c>: addresses MetalLB may hand to LoadBalancer Services.</summary>
public sealed record IpAddressPool() : MetalLbObject("v1beta1", KindName)
{
    /// <summary>Kind name.</summary>
    public const string KindName = "IPAddressPool";

    /// <summary><c>spec.addresses</c>.</summary>
    public IReadOnlyList<PoolAddress> Addresses { get; init; } = [];

    /// <summary><c>spec.autoAssign</c>; null when unset (MetalLB defaults to true).</summary>
    public bool? AutoAssign { get; init; }

    /// <summary><c>spec.avoidBuggyIPs</c>.</summary>
    public bool AvoidBuggyIps { get; init; }

    /// <summary><c>spec.serviceAllocation</c>.</summary>
    public ServiceAllocation? ServiceAllocation { get; init; }
}
