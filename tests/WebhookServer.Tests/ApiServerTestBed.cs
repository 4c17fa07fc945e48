using WebhookServer.ApiServer;

namespace WebhookServer.Tests;

/// <summary>
/// A <see cref="FakeApiServer"/> serving a <see cref="CannedCluster"/>, the token and CA files a pod would have, a
/// manual clock and a capturing logger: everything an <see cref="ApiServerClusterSnapshot"/> needs, on loopback.
/// </summary>
public sealed class ApiServerTestBed : IAsyncDisposable
{
    private readonly DirectoryInfo _directory;

    private ApiServerTestBed(DirectoryInfo directory, FakeApiServer server)
    {
        _directory = directory;
        Server = server;
        Cluster.ServeOn(server);
        File.WriteAllText(TokenPath, server.Token);
    }

    public FakeApiServer Server { get; }

    public CannedCluster Cluster { get; } = new();

    public ManualClock Clock { get; } = new();

    public CapturingLogger Log { get; } = new();

    public string TokenPath => Path.Combine(_directory.FullName, "token");

    public string CaPath => Path.Combine(_directory.FullName, "ca.crt");

    public ApiServerSettings Settings => new()
    {
        Url = Server.Url,
        TokenPath = TokenPath,
        CaPath = CaPath,
        MetalLbNamespace = "metallb-system",
        RefreshInterval = TimeSpan.FromSeconds(5),
        MaxStaleness = TimeSpan.FromSeconds(60),

        // Generous: a busy test machine must not turn a slow TLS handshake into a failure.
        ListTimeout = TimeSpan.FromSeconds(60),
    };

    public static async Task<ApiServerTestBed> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("metallb-validate-apiserver-");
        var (authority, certificate) = TestCertificates.CreateAuthorityAndServer();
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "ca.crt"), authority.ExportCertificatePem());
        return new ApiServerTestBed(directory, await FakeApiServer.StartAsync(certificate));
    }

    public ApiServerClusterSnapshot CreateSnapshot(ApiServerSettings? settings = null) => new(settings ?? Settings, Log, Clock);

    /// <summary>The kubelet rotates the token: the file changes and the API server accepts only the new one.</summary>
    public void RotateToken(string token)
    {
        File.WriteAllText(TokenPath, token);
        Server.Token = token;
    }

    /// <summary>Serves <see cref="Cluster"/> again after a test changed it.</summary>
    public void Republish() => Cluster.ServeOn(Server);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _directory.Delete(recursive: true);
    }
}
