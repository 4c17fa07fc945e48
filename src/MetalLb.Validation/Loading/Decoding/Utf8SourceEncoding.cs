using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MetalLb.Validation.Loading.Decoding;

/// <summary>
/// Strict UTF-8: invalid and truncated sequences, overlong encodings, encoded surrogates and code points past
/// U+10FFFF are all invalid.
/// </summary>
internal sealed class Utf8SourceEncoding : SourceEncoding
{
    public static Utf8SourceEncoding Instance { get; } = new();

    public override string Name => "UTF-8";

    public override OperationStatus Decode(ReadOnlySpan<byte> bytes, Span<char> chars, bool isFinalBlock, out int bytesRead, out int charsWritten) =>
        Utf8.ToUtf16(bytes, chars, out bytesRead, out charsWritten, replaceInvalidSequences: false, isFinalBlock);

    public override int InvalidLength(ReadOnlySpan<byte> bytes, out bool cutShort)
    {
        cutShort = Rune.DecodeFromUtf8(bytes, out _, out var length) is OperationStatus.NeedMoreData;
        return Math.Max(1, length);
    }
}
