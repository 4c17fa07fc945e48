using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WebhookServer.Tests;

/// <summary>
/// A stand-in for the Kubernetes API server on 127.0.0.1 over HTTPS: answers GETs of the paths it was given with
/// their list JSON, everything else with a 404 Status, a wrong bearer token with a 401 Status, and every request with
/// <see cref="FailWith"/> when set. Requests wait on <see cref="Gate"/> before they are answered.
/// </summary>
public sealed class FakeApiServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _lists = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private FakeApiServer(X509Certificate2 certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        _app = builder.Build();
        _app.Run(AnswerAsync);
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>The bearer token a request must carry.</summary>
    public string Token { get; set; } = "token-1";

    /// <summary>When set, every request gets this status code.</summary>
    public HttpStatusCode? FailWith { get; set; }

    /// <summary>Requests are answered once this completes.</summary>
    public Task Gate { get; set; } = Task.CompletedTask;

    /// <summary>Every request: path and Authorization header.</summary>
    public ConcurrentQueue<(string Path, string? Authorization)> Requests { get; } = new();

    public static async Task<FakeApiServer> StartAsync(X509Certificate2 certificate)
    {
        var server = new FakeApiServer(certificate);
        await server._app.StartAsync();
        server.Url = new Uri(server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return server;
    }

    /// <summary>Answers GET <paramref name="path"/> with <paramref name="listJson"/>.</summary>
    public void Serve(string path, string listJson) => _lists[path] = listJson;

    /// <summary>Answers GET <paramref name="path"/> with a 404 from now on.</summary>
    public void Remove(string path) => _lists.TryRemove(path, out _);

    public int CountOf(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var authorization = context.Request.Headers.Authorization.ToString();
        Requests.Enqueue((path, authorization));
        await Gate.WaitAsync(context.RequestAborted);
        if (authorization != $"Bearer {Token}")
        {
            await Status(context, HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        }
        else if (context.Request.QueryString.Value != "?resourceVersion=0")
        {
            await Status(context, HttpStatusCode.BadRequest, "BadRequest", "lists must be served from the watch cache (resourceVersion=0)");
        }
        else if (FailWith is { } failure)
        {
            await Status(context, failure, failure.ToString(), "etcdserver: request timed out");
        }
        else if (context.Request.Method != "GET" || !_lists.TryGetValue(path, out var list))
        {
            await Status(context, HttpStatusCode.NotFound, "NotFound", "the server could not find the requested resource");
        }
        else
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(list);
        }
    }

    private static Task Status(HttpContext context, HttpStatusCode code, string reason, string message)
    {
        context.Response.StatusCode = (int)code;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync($$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"{{message}}","reason":"{{reason}}","code":{{(int)code}}}""");
    }
}
