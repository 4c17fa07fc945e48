using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WebhookServer;

namespace WebhookServer.Tests;

/// <summary>
/// Starts the real server on 127.0.0.1, on a free port, over HTTPS with a self-signed certificate made in-process,
/// and an HttpClient that trusts exactly that certificate. Stops it when the tests are done.
/// </summary>
public sealed class WebhookServerFixture : IAsyncLifetime
{
    public const string Cluster = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: public
          namespace: metallb-system
        spec:
          addresses: [203.0.113.0/25]
        ---
        apiVersion: metallb.io/v1beta1
        kind: BFDProfile
        metadata:
          name: fast
          namespace: metallb-system
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata:
          name: tor
          namespace: metallb-system
        spec:
          myASN: 64512
          peerASN: 64600
          peerAddress: 10.0.0.1
          bfdProfile: fast
        """;

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var certificate = CreateCertificate();
        _app = WebhookApp.Create(new WebhookSettings
        {
            ListenAddress = "127.0.0.1",
            Port = 0,
            Certificate = certificate,
            Snapshot = new ConfigurationSetSnapshot(ConfigurationLoader.LoadText(Cluster, "cluster.yaml")),
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
        var thumbprint = certificate.GetCertHashString();
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == thumbprint,
            },
        };
        Client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
