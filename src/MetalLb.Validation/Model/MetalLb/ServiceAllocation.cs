using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Model.MetalLb;

/// <summary><c>IPAddressPool.spec.serviceAllocation</c>.</summary>
public sealed record ServiceAllocation
{
    /// <summary>Lower is preferred; 0 means unset (lowest).</summary>
    public long Priority { get; init; }

    /// <summary>Namespace names.</summary>
    public IReadOnlyList<string> Namespaces { get; init; } = [];

    /// <summary>Namespace label selectors.</summary>
    public IReadOnlyList<LabelSelector> NamespaceSelectors { get; init; } = [];

    /// <summary>Service label selectors.</summary>
    public IReadOnlyList<LabelSelector> ServiceSelectors { get; init; } = [];
}
