using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;

namespace WebhookServer.Tests;

/// <summary>The real server (<see cref="WebhookHost"/>) over a fixed cluster, shared by a test class.</summary>
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

    private WebhookHost? _host;

    public HttpClient Client => _host!.Client;

    public Uri BaseAddress => _host!.BaseAddress;

    public async Task InitializeAsync() =>
        _host = await WebhookHost.StartAsync(new ConfigurationSetSnapshot(ConfigurationLoader.LoadText(Cluster, "cluster.yaml")));

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
