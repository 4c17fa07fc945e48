namespace MetalLb.Validation.Model.Values;

/// <summary>Why a pool entry does not describe addresses.</summary>
public enum PoolAddressProblem
{
    /// <summary>It parses.</summary>
    None,

    /// <summary>Not a CIDR (MetalLB: <c>invalid CIDR</c>).</summary>
    InvalidCidr,

    /// <summary>The range's start is not an IP address.</summary>
    InvalidRangeStart,

    /// <summary>The range's end is not an IP address.</summary>
    InvalidRangeEnd,

    /// <summary>The range's start comes after its end.</summary>
    StartAfterEnd,

    /// <summary>Start and end are of different families; MetalLB silently gets no addresses from it.</summary>
    MixedFamilies,
}
