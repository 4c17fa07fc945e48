using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace MetalLb.Validation.Loading.Decoding;

/// <summary>Strict UTF-32 in one byte order: surrogates, values past U+10FFFF and a short last unit are invalid.</summary>
internal sealed class Utf32SourceEncoding(bool bigEndian) : SourceEncoding
{
    public static Utf32SourceEncoding LittleEndian { get; } = new(bigEndian: false);

    public static Utf32SourceEncoding BigEndian { get; } = new(bigEndian: true);

    public override string Name => bigEndian ? "UTF-32BE" : "UTF-32LE";

    public override OperationStatus Decode(ReadOnlySpan<byte> bytes, Span<char> chars, bool isFinalBlock, out int bytesRead, out int charsWritten)
    {
        (bytesRead, charsWritten) = (0, 0);
        while (bytes.Length - bytesRead >= 4)
        {
            if (!Rune.TryCreate(ValueAt(bytes[bytesRead..]), out var rune))
            {
                return OperationStatus.InvalidData;
            }

            charsWritten += rune.EncodeToUtf16(chars[charsWritten..]);
            bytesRead += 4;
        }

        return bytesRead == bytes.Length ? OperationStatus.Done
            : isFinalBlock ? OperationStatus.InvalidData
            : OperationStatus.NeedMoreData;
    }

    public override int InvalidLength(ReadOnlySpan<byte> bytes, out bool cutShort)
    {
        cutShort = bytes.Length < 4;
        return Math.Min(4, bytes.Length);
    }

    private uint ValueAt(ReadOnlySpan<byte> bytes) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
}
