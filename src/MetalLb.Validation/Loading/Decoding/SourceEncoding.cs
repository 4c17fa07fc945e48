using System.Buffers;

namespace MetalLb.Validation.Loading.Decoding;

/// <summary>
/// A strict decoder for the encodings a manifest may come in. It stops at the first invalid sequence instead of
/// replacing it, so the place of that sequence is known exactly.
/// </summary>
internal abstract class SourceEncoding
{
    /// <summary>The encoding's name, for messages.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Decodes the valid start of <paramref name="bytes"/> into <paramref name="chars"/>, which must be at least as long.
    /// On <see cref="OperationStatus.InvalidData"/>, <paramref name="bytesRead"/> is the offset of the first invalid byte.
    /// </summary>
    public abstract OperationStatus Decode(ReadOnlySpan<byte> bytes, Span<char> chars, bool isFinalBlock, out int bytesRead, out int charsWritten);

    /// <summary>
    /// The length of the invalid sequence <paramref name="bytes"/> starts with; <paramref name="cutShort"/> says whether
    /// it is the valid start of a character that <paramref name="bytes"/> ends too early to complete.
    /// </summary>
    public abstract int InvalidLength(ReadOnlySpan<byte> bytes, out bool cutShort);

    /// <summary>The encoding a byte order mark announces (UTF-8 when there is none), as StreamReader detects it, and the mark's length.</summary>
    public static SourceEncoding Detect(ReadOnlySpan<byte> start, out int markLength)
    {
        (var encoding, markLength) = start switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Utf8SourceEncoding.Instance, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Utf32SourceEncoding.LittleEndian, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (Utf32SourceEncoding.BigEndian, 4),
            [0xFF, 0xFE, ..] => (Utf16SourceEncoding.LittleEndian, 2),
            [0xFE, 0xFF, ..] => (Utf16SourceEncoding.BigEndian, 2),
            _ => ((SourceEncoding)Utf8SourceEncoding.Instance, 0),
        };
        return encoding;
    }
}
