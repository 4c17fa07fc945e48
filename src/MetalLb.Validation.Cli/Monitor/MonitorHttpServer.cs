using System.Net;
using System.Text;
using System.Text.Json;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary>
/// The monitor's one port, on <see cref="HttpListener"/> (part of the base library: no ASP.NET Core, so the portable
/// tool runs on the plain runtime and the native build needs nothing more). GET and HEAD only; at most
/// <see cref="MaxConcurrent"/> requests at once (more are answered 503 at once); every failure of one request ends
/// that request only. The node agent (<c>node-check --watch</c>) serves its own routes through the same server.
/// </summary>
internal sealed class MonitorHttpServer : IAsyncDisposable
{
    public const int MaxConcurrent = 16;

    private const int MaxPathLength = 2048;

    private readonly HttpListener _listener = new();
    private readonly Func<string, (int Status, string ContentType, byte[] Body)> _route;
    private readonly string _name;
    private readonly IReadOnlyList<(string Name, string Value)> _headers;
    private readonly SemaphoreSlim _slots = new(MaxConcurrent, MaxConcurrent);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public MonitorHttpServer(ClusterMonitor monitor, ListenAddress listen, Events.EventRecorder? events = null)
        : this(listen, path => MonitorRoutes.Answer(monitor, path, events), "the monitor")
    {
    }

    /// <summary>A server answering each GET or HEAD with <paramref name="route"/>; <paramref name="headers"/> go on every answer.</summary>
    public MonitorHttpServer(ListenAddress listen, Func<string, (int Status, string ContentType, byte[] Body)> route, string name, IReadOnlyList<(string Name, string Value)>? headers = null)
    {
        _route = route;
        _name = name;
        _headers = headers ?? [];
        Listen = listen;
        foreach (var prefix in listen.Prefixes.Distinct(StringComparer.Ordinal))
        {
            _listener.Prefixes.Add(prefix);
        }

        _listener.IgnoreWriteExceptions = true;
    }

    public ListenAddress Listen { get; }

    /// <summary>Starts listening; a port in use or a refused address is a <see cref="UsageException"/>.</summary>
    public void Start()
    {
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException ex)
        {
            throw new UsageException($"cannot listen on {Listen}: {ex.Message}");
        }

        _loop = Task.Run(AcceptLoopAsync);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is null)
        {
            // Never started, or Start failed (the listener is then already closed).
            ((IDisposable)_listener).Dispose();
            _stop.Dispose();
            return;
        }

        _listener.Stop();
        await _loop.ConfigureAwait(false);

        // Requests in flight finish (each is bounded) before the listener goes.
        for (var i = 0; i < MaxConcurrent; i++)
        {
            await _slots.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }

        _listener.Close();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                if (_stop.IsCancellationRequested)
                {
                    return;
                }

                continue;
            }

            if (!_slots.Wait(0))
            {
                _ = Task.Run(() => Answer(context, 503, "application/json", Error(503, $"busy: more than {MaxConcurrent} requests at once"), head: false, _headers));
                continue;
            }

            _ = Task.Run(() =>
            {
                try
                {
                    Handle(context);
                }
                finally
                {
                    _slots.Release();
                }
            });
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var request = context.Request;
        var head = request.HttpMethod == "HEAD";
        try
        {
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                context.Response.AddHeader("Allow", "GET, HEAD");
                Answer(context, 405, "application/json", Error(405, $"{request.HttpMethod} is not allowed: {_name} is read-only"), head, _headers);
                return;
            }

            var path = request.Url?.AbsolutePath ?? "/";
            if (path.Length > MaxPathLength)
            {
                Answer(context, 414, "application/json", Error(414, "the path is too long"), head, _headers);
                return;
            }

            var (status, type, body) = _route(path);
            Answer(context, status, type, body, head, _headers);
        }
#pragma warning disable CA1031 // One request that fails is answered 500 (if it still can be); the server goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Answer(context, 500, "application/json", Error(500, $"internal error ({ex.GetType().Name}): {ex.Message}"), head, _headers);
        }
    }

    internal static byte[] Error(int status, string message) =>
        JsonSerializer.SerializeToUtf8Bytes(new ApiError(status, message), MonitorJsonContext.Relaxed.ApiError);

    private static void Answer(HttpListenerContext context, int status, string contentType, byte[] body, bool head, IReadOnlyList<(string Name, string Value)> headers)
    {
        try
        {
            var response = context.Response;
            response.StatusCode = status;
            response.ContentType = contentType;
            response.Headers["Cache-Control"] = "no-store";
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }

            response.ContentLength64 = body.Length;
            if (!head)
            {
                response.OutputStream.Write(body);
            }

            response.Close();
        }
#pragma warning disable CA1031 // The client went away: nothing to answer.
        catch (Exception)
#pragma warning restore CA1031
        {
            try
            {
                context.Response.Abort();
            }
#pragma warning disable CA1031
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    internal static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);
}
