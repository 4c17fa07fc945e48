using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model.MetalLb;

/// <summary>One alias of a Community: a name and a community value (<c>65000:100</c> or <c>large:1:2:3</c>).</summary>
public sealed record CommunityAlias(string? Name, string? Value, SourceSpan Location);
