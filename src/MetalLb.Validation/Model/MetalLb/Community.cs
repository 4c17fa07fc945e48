namespace MetalLb.Validation.Model.MetalLb;

/// <summary>A <c>Community</c>: named aliases for BGP community values.</summary>
public sealed record Community() : MetalLbObject("v1beta1", KindName)
{
    /// <summary>Kind name.</summary>
    public const string KindName = "Community";

    /// <summary><c>spec.communities</c>.</summary>
    public IReadOnlyList<CommunityAlias> Aliases { get; init; } = [];
}
