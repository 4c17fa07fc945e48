namespace MetalLb.Validation.Model.Values;

/// <summary>The BGP community forms MetalLB supports.</summary>
public enum CommunityKind
{
    /// <summary>RFC 1997: <c>uint16:uint16</c>.</summary>
    Legacy,

    /// <summary>RFC 8092: <c>large:uint32:uint32:uint32</c>.</summary>
    Large,
}
