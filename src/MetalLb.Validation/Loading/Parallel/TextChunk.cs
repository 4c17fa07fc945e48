namespace MetalLb.Validation.Loading.Parallel;

/// <summary>
/// A run of whole documents in a source's text: it starts at a line start (at a <c>---</c> line, except the first),
/// <paramref name="LineOffset"/> lines into the source.
/// </summary>
internal readonly record struct TextChunk(int Start, int Length, long LineOffset);
