using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Model.MetalLb;

/// <summary>One weighted node preference of an L2Advertisement.</summary>
public sealed record PreferredNodeSelector(long? Weight, LabelSelector? Preference);
