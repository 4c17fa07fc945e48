using System.Buffers;
using System.Buffers.Binary;

namespace MetalLb.Validation.Loading.Decoding;

/// <summary>Strict UTF-16 in one byte order: a surrogate without its partner and an odd last byte are invalid.</summary>
internal sealed class Utf16SourceEncoding(bool bigEndian) : SourceEncoding
{
    public static Utf16SourceEncoding LittleEndian { get; } = new(bigEndian: false);

    public static Utf16SourceEncoding BigEndian { get; } = new(bigEndian: true);

    public override string Name => bigEndian ? "UTF-16BE" : "UTF-16LE";

    public override OperationStatus Decode(ReadOnlySpan<byte> bytes, Span<char> chars, bool isFinalBlock, out int bytesRead, out int charsWritten)
    {
        (bytesRead, charsWritten) = (0, 0);
        while (bytes.Length - bytesRead >= 2)
        {
            var c = CharAt(bytes, bytesRead);
            if (char.IsLowSurrogate(c))
            {
                return OperationStatus.InvalidData;
            }

            if (char.IsHighSurrogate(c))
            {
                if (bytes.Length - bytesRead < 4)
                {
                    break;
                }

                if (!char.IsLowSurrogate(CharAt(bytes, bytesRead + 2)))
                {
                    return OperationStatus.InvalidData;
                }

                chars[charsWritten++] = c;
                c = CharAt(bytes, bytesRead + 2);
                bytesRead += 2;
            }

            chars[charsWritten++] = c;
            bytesRead += 2;
        }

        return bytesRead == bytes.Length ? OperationStatus.Done
            : isFinalBlock ? OperationStatus.InvalidData
            : OperationStatus.NeedMoreData;
    }

    public override int InvalidLength(ReadOnlySpan<byte> bytes, out bool cutShort)
    {
        cutShort = bytes.Length < 2 || (bytes.Length < 4 && char.IsHighSurrogate(CharAt(bytes, 0)));
        return Math.Min(2, bytes.Length);
    }

    private char CharAt(ReadOnlySpan<byte> bytes, int offset) => (char)(bigEndian
        ? BinaryPrimitives.ReadUInt16BigEndian(bytes[offset..])
        : BinaryPrimitives.ReadUInt16LittleEndian(bytes[offset..]));
}
