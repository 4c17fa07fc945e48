using System.Net.Sockets;
using MetalLb.Validation.Preflight.Bgp;

namespace MetalLb.Validation.Preflight;

/// <summary>Reads whole BGP messages from a stream, each read bounded by a timeout.</summary>
internal sealed class BgpMessageReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[BgpCodec.MaxMessageLength];
    private int _filled;

    /// <summary>What a read ended with.</summary>
    public enum Status
    {
        Message,
        Closed,
        Reset,
        TimedOut,
        Malformed,
    }

    public async Task<(Status Status, BgpMessage? Message, BgpDecodeError? Error)> ReadAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var result = BgpCodec.Decode(_buffer.AsSpan(0, _filled));
            if (result.Message is { } message)
            {
                _buffer.AsSpan(result.Consumed, _filled - result.Consumed).CopyTo(_buffer);
                _filled -= result.Consumed;
                return (Status.Message, message, null);
            }

            if (result.Error is { } error)
            {
                return (Status.Malformed, null, error);
            }

            int read;
            try
            {
                read = await stream.ReadAsync(_buffer.AsMemory(_filled), deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (Status.TimedOut, null, null);
            }
            catch (IOException ex) when (ex.InnerException is SocketException)
            {
                return (Status.Reset, null, null);
            }

            if (read == 0)
            {
                return (Status.Closed, null, null);
            }

            _filled += read;
        }
    }
}
