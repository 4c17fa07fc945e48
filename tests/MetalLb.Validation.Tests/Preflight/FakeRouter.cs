using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Preflight;
using MetalLb.Validation.Preflight.Bgp;

namespace MetalLb.Validation.Tests.Preflight;

/// <summary>A scripted BGP "router" on loopback, recording every message the probe sends it.</summary>
internal sealed class FakeRouter : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;
    private readonly Func<FakeRouter, Task> _script;
    private NetworkStream? _stream;
    private BgpMessageReader? _reader;

    private FakeRouter(Func<FakeRouter, Task> script)
    {
        _script = script;
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<BgpMessage> Received { get; } = [];

    public static FakeRouter Start(Func<FakeRouter, Task> script) => new(script);

    public async Task SendAsync(BgpMessage message) => await _stream!.WriteAsync(BgpCodec.Encode(message));

    public async Task SendRawAsync(byte[] bytes) => await _stream!.WriteAsync(bytes);

    /// <summary>Reads the next message (recording it); null when the probe closed or went quiet for 5 seconds.</summary>
    public async Task<BgpMessage?> ReadAsync()
    {
        var (status, message, _) = await _reader!.ReadAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        if (status == BgpMessageReader.Status.Message)
        {
            Received.Add(message!);
            return message;
        }

        return null;
    }

    /// <summary>Reads until the probe closes the connection.</summary>
    public async Task DrainAsync()
    {
        while (await ReadAsync() is not null)
        {
        }
    }

    /// <summary>Waits for the script to finish, so <see cref="Received"/> is complete.</summary>
    public Task FinishedAsync() => _serving.WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException or TimeoutException)
        {
        }
    }

    private async Task ServeAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        _stream = client.GetStream();
        _reader = new BgpMessageReader(_stream);
        await _script(this);
    }
}
