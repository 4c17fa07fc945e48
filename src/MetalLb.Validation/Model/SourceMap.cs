using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model;

/// <summary>
/// Where the fields of an object were written, kept by the reader that read it so a finding's path is placed when it
/// is reported. The model knows it only by this contract; the YAML tree behind it belongs to the loader.
/// </summary>
internal abstract class SourceMap(SourceSpan span)
{
    /// <summary>Where the node starts.</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>The span of the deepest field on <paramref name="path"/> that was written; this node's for an empty path.</summary>
    public abstract SourceSpan Locate(string? path);

    /// <summary>The span of the key of the <c>spec</c> field <paramref name="field"/>, or null when it was not written.</summary>
    public abstract SourceSpan? SpecKey(string field);
}
