using System.Buffers;

namespace MetalLb.Validation.Loading.Decoding;

/// <summary>
/// Reads the text of a stream of UTF-8 (or, by byte order mark, UTF-16 or UTF-32) bytes. At the first invalid byte the
/// text ends, as if the stream ended there, and <see cref="Invalid"/> tells exactly where that byte is. StreamReader
/// cannot: it throws while filling its buffer, well past the text it has handed out, or replaces the bytes silently.
/// The stream is not closed.
/// </summary>
internal sealed class StrictStreamReader : TextReader
{
    private const int BufferSize = 64 * 1024;
    private readonly Stream _stream;
    private readonly long? _length;
    private readonly byte[] _bytes = new byte[BufferSize];
    private readonly char[] _chars = new char[BufferSize];
    private readonly TextPositionCounter _position = new();
    private SourceEncoding? _encoding;
    private int _byteStart;
    private int _byteEnd;
    private long _bytesConsumed;
    private bool _streamEnded;
    private int _charStart;
    private int _charEnd;

    public StrictStreamReader(Stream stream)
    {
        _stream = stream;
        _length = stream.CanSeek && stream.Length >= stream.Position ? stream.Length - stream.Position : null;
    }

    /// <summary>Where the bytes stopped being text, once decoding has got there; null while they are valid.</summary>
    public InvalidText? Invalid { get; private set; }

    /// <summary>True once every character before the invalid bytes has been read: what is read next is the end.</summary>
    public bool AtInvalidText => Invalid is not null && _charStart == _charEnd;

    public override int Peek() => _charStart < _charEnd || Fill() ? _chars[_charStart] : -1;

    public override int Read() => _charStart < _charEnd || Fill() ? _chars[_charStart++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    public override int Read(Span<char> buffer)
    {
        if (_charStart == _charEnd && !Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _charEnd - _charStart);
        _chars.AsSpan(_charStart, n).CopyTo(buffer);
        _charStart += n;
        return n;
    }

    /// <summary>Decodes the next block of text; false at its end (the end of the stream or the first invalid byte).</summary>
    private bool Fill()
    {
        while (Invalid is null)
        {
            // Enough bytes to see a byte order mark, then more than the start of a character left from the last block.
            ReadBytes(_encoding is null ? 4 : _byteEnd - _byteStart + 1);
            _encoding ??= DetectEncoding();
            var pending = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
            var status = _encoding.Decode(pending, _chars, _streamEnded, out var read, out var written);
            _position.Advance(_chars.AsSpan(0, written));
            (_charStart, _charEnd) = (0, written);
            Consume(read);
            if (status is OperationStatus.InvalidData)
            {
                Invalid = Describe(pending[read..]);
            }

            if (written > 0)
            {
                return true;
            }

            if (_streamEnded && status is OperationStatus.Done)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Reads until at least <paramref name="wanted"/> bytes wait to be decoded, or the stream ends.</summary>
    private void ReadBytes(int wanted)
    {
        if (_byteStart > 0)
        {
            _bytes.AsSpan(_byteStart, _byteEnd - _byteStart).CopyTo(_bytes);
            (_byteEnd, _byteStart) = (_byteEnd - _byteStart, 0);
        }

        while (!_streamEnded && _byteEnd < wanted)
        {
            var n = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
            _streamEnded = n == 0;
            _byteEnd += n;
        }
    }

    private SourceEncoding DetectEncoding()
    {
        var encoding = SourceEncoding.Detect(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), out var markLength);
        Consume(markLength);
        return encoding;
    }

    private void Consume(int bytes)
    {
        _byteStart += bytes;
        _bytesConsumed += bytes;
    }

    private InvalidText Describe(ReadOnlySpan<byte> invalid)
    {
        var length = _encoding!.InvalidLength(invalid, out var cutShort);
        return new InvalidText(
            _encoding.Name,
            invalid[..length].ToArray(),
            cutShort && _streamEnded,
            _bytesConsumed,
            _position.Line,
            _position.Column,
            _position.Characters,
            _length - _bytesConsumed is >= 0 and var unread ? unread : null);
    }
}
