namespace MetalLb.Validation.Model.Values;

/// <summary>Why a text is not a community value, in MetalLB's terms.</summary>
public enum CommunityProblem
{
    /// <summary>It parsed.</summary>
    None,

    /// <summary>Two parts, one of them not a decimal uint16.</summary>
    LegacySection,

    /// <summary>Four parts whose first is not <c>large</c>.</summary>
    LargeMarker,

    /// <summary>Four parts, one of the last three not a decimal uint32.</summary>
    LargeSection,

    /// <summary>Any other number of <c>:</c>-separated parts (extended communities are not supported).</summary>
    Format,
}
