using System.Text;

namespace MetalLb.Validation.Tests.Loading.Hostile;

/// <summary>A read-only stream whose bytes are produced as they are read, so huge (or endless) inputs cost no memory.</summary>
internal sealed class GeneratedStream(IEnumerable<byte[]> chunks) : Stream
{
    private readonly IEnumerator<byte[]> _chunks = chunks.GetEnumerator();
    private byte[] _current = [];
    private int _offset;

    public long BytesRead { get; private set; }

    public static GeneratedStream Of(IEnumerable<string> parts) => new(parts.Select(Encoding.UTF8.GetBytes));

    /// <summary><paramref name="head"/>, then <paramref name="body"/> <paramref name="times"/> times, then <paramref name="tail"/>.</summary>
    public static GeneratedStream Repeat(string head, string body, long times, string tail = "") =>
        Of(Repeated(head, body, times, tail));

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_offset == _current.Length)
        {
            if (!_chunks.MoveNext())
            {
                return 0;
            }

            (_current, _offset) = (_chunks.Current, 0);
        }

        var n = Math.Min(count, _current.Length - _offset);
        Array.Copy(_current, _offset, buffer, offset, n);
        _offset += n;
        BytesRead += n;
        return n;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static IEnumerable<string> Repeated(string head, string body, long times, string tail)
    {
        yield return head;
        // Batch small bodies so the stream is not dominated by per-chunk overhead.
        var batch = Math.Max(1, 64 * 1024 / Math.Max(1, body.Length));
        var block = string.Concat(Enumerable.Repeat(body, batch));
        for (var done = 0L; done < times; done += batch)
        {
            yield return times - done >= batch ? block : string.Concat(Enumerable.Repeat(body, (int)(times - done)));
        }

        yield return tail;
    }
}
