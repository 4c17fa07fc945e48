using System.Text;

namespace MetalLb.Validation.Kubernetes.Api;

/// <summary>
/// Reads a watch stream line by line, refusing a line longer than <paramref name="maxChars"/>: a server that never
/// ends a line must not grow memory without bound (etcd keeps objects under 1.5 MiB; the default leaves room).
/// </summary>
internal sealed class BoundedLineReader(Stream stream, int maxChars = BoundedLineReader.DefaultMaxChars) : IDisposable
{
    public const int DefaultMaxChars = 16 * 1024 * 1024;

    private readonly StreamReader _reader = new(stream, Encoding.UTF8);
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;

    /// <summary>The next line without its end, or null at the end of the stream.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        while (true)
        {
            if (_start == _end)
            {
                _end = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                _start = 0;
                if (_end == 0)
                {
                    return _line.Length > 0 ? _line.ToString() : null;
                }
            }

            var newline = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            if (_line.Length + (stop - _start) > maxChars)
            {
                throw new ClusterAccessException(ClusterAccessFailure.BadResponse, $"the watch sent a line longer than {maxChars} characters; no Kubernetes object is that large");
            }

            _line.Append(_buffer, _start, stop - _start);
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0)
            {
                return _line.Length > 0 && _line[^1] == '\r' ? _line.ToString(0, _line.Length - 1) : _line.ToString();
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
