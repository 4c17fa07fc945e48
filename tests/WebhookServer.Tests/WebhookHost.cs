using System.Net.Security;
using MetalLb.Validation.Admission;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace WebhookServer.Tests;

/// <summary>
/// The real webhook server on 127.0.0.1, on a free port, over HTTPS with a self-signed certificate made in-process,
/// and an HttpClient that trusts exactly that certificate.
/// </summary>
public sealed class WebhookHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookHost(WebApplication app, HttpClient client, Uri baseAddress)
    {
        _app = app;
        Client = client;
        BaseAddress = baseAddress;
    }

    public HttpClient Client { get; }

    public Uri BaseAddress { get; }

    public static async Task<WebhookHost> StartAsync(IClusterSnapshot snapshot, Func<WebhookSettings, WebhookSettings>? configure = null, Version? httpVersion = null)
    {
        var certificate = TestCertificates.CreateSelfSigned();
        var settings = new WebhookSettings { ListenAddress = "127.0.0.1", Port = 0, Certificate = certificate, Snapshot = snapshot };
        var app = WebhookApp.Create(configure is null ? settings : configure(settings));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        var thumbprint = certificate.GetCertHashString();
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == thumbprint,
            },
        };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        if (httpVersion is not null)
        {
            client.DefaultRequestVersion = httpVersion;
            client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        }

        return new WebhookHost(app, client, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
