namespace MetalLb.Validation.Diagnostics;

/// <summary>
/// Another place a finding involves (Roslyn's additional locations): the earlier pool an address overlaps, the first
/// copy of an object declared twice.
/// </summary>
/// <param name="Resource">The object there, when there is one.</param>
/// <param name="Path">Field path inside it.</param>
/// <param name="Location">File, line and column.</param>
/// <param name="Message">What is there, for a reader of the finding.</param>
public sealed record RelatedLocation(ResourceRef? Resource, string? Path, SourceSpan Location, string Message);
