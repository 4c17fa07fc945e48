using System.Net;
using System.Text;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor.Agents;

/// <summary>
/// A node agent as the contract describes it, on 127.0.0.1: GET /api/v1/interfaces answers <see cref="Body"/> with
/// <c>X-Node-Name</c>. Knobs for the bad cases: another node name, a status, a delay, a chunked answer (no
/// Content-Length), and <see cref="Stop"/> (the agent is gone: the port refuses).
/// </summary>
internal sealed class FakeAgent : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _requests;

    public FakeAgent(string node, string body)
    {
        NodeName = node;
        Body = body;
        Port = MonitorBed.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public volatile string Body;

    /// <summary>What X-Node-Name says; null sends no header.</summary>
    public volatile string? NodeName;

    public volatile int Status = 200;

    public TimeSpan Delay { get; set; }

    public bool Chunked { get; set; }

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The agent is gone: the listener and its connections are closed, the port refuses.</summary>
    public void Stop()
    {
        lock (_listener)
        {
            if (!_stopped)
            {
                _stopped = true;
                _listener.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        await _loop;
    }

    private bool _stopped;

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requests);
        try
        {
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }

            var response = context.Response;
            if (context.Request.Url?.AbsolutePath != "/api/v1/interfaces")
            {
                response.StatusCode = 404;
                response.Close();
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(Body);
            response.StatusCode = Status;
            response.ContentType = Status == 200 ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
            if (NodeName is { } node)
            {
                response.Headers["X-Node-Name"] = node;
            }

            if (Chunked)
            {
                response.SendChunked = true;
            }
            else
            {
                response.ContentLength64 = bytes.Length;
            }

            await response.OutputStream.WriteAsync(bytes);
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
        }
    }
}
