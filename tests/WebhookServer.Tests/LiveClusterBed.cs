using ApiServerStandIn;
using MetalLb.Validation.Kubernetes;
using WebhookServer.Cluster;

namespace WebhookServer.Tests;

/// <summary>
/// The API server stand-in on loopback, loaded with a small cluster, and the webhook reading it through a kubeconfig
/// as <c>Webhook__Source=ApiServer</c> with <c>Webhook__Kubeconfig</c> does.
/// </summary>
public sealed class LiveClusterBed : IAsyncDisposable
{
    public const string SecretValue = "s3cr3t-bfd-peer-password-never-shown";

    public const string Cluster = $$"""
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: public, namespace: metallb-system}
        spec:
          addresses: ["203.0.113.0/25"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: BFDProfile
        metadata: {name: fast, namespace: metallb-system}
        spec: {receiveInterval: 300, transmitInterval: 300}
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: tor, namespace: metallb-system}
        spec:
          myASN: 64512
          peerASN: 64513
          peerAddress: 10.0.0.1
          bfdProfile: fast
          passwordSecret: {name: tor-password}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: tor-password, namespace: metallb-system}
        type: kubernetes.io/basic-auth
        stringData:
          password: {{SecretValue}}
        ---
        apiVersion: v1
        kind: Node
        metadata:
          name: worker-1
          labels: {kubernetes.io/hostname: worker-1}
        status:
          addresses:
          - {type: InternalIP, address: 10.0.0.11}
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("webhook-live-").FullName;

    private LiveClusterBed(StandInServer server) => Server = server;

    public StandInServer Server { get; }

    public string KubeconfigPath => Path.Combine(_directory, "kubeconfig");

    public static async Task<LiveClusterBed> StartAsync()
    {
        var bed = new LiveClusterBed(await StandInServer.StartAsync());
        foreach (var o in YamlObjects.Read(Cluster))
        {
            bed.Server.Apply(o);
        }

        await File.WriteAllTextAsync(bed.KubeconfigPath, bed.Server.Kubeconfig());
        return bed;
    }

    public void Apply(string manifest) => Server.Apply(YamlObjects.Read(manifest).Single());

    /// <summary>The source the webhook builds for <c>Webhook__Source=ApiServer</c>.</summary>
    public LiveClusterSource CreateSource(TimeSpan? maxStaleness = null) =>
        new(ClusterConnection.Open(KubeconfigPath), "metallb-system", maxStaleness ?? TimeSpan.FromSeconds(60));

    /// <summary>The lists (not watches) of one resource the stand-in has answered.</summary>
    public int Lists(string path) => Server.Requests.Count(r => r.StartsWith($"GET {path}", StringComparison.Ordinal) && !r.Contains("watch=", StringComparison.Ordinal));

    /// <summary>Waits for a condition; the limit only keeps a broken view from hanging the suite.</summary>
    public static async Task Until(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"{what} did not happen within 30 s");
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
