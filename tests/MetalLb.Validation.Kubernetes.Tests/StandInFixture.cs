using System.Text.Json.Nodes;
using ApiServerStandIn;

namespace MetalLb.Validation.Kubernetes.Tests;

/// <summary>A stand-in API server per test, loaded with manifests, and a kubeconfig file pointing at it.</summary>
internal sealed class StandIn : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("standin-").FullName;

    private StandIn(StandInServer server) => Server = server;

    public StandInServer Server { get; }

    public string KubeconfigPath => Path.Combine(_directory, "kubeconfig");

    public static async Task<StandIn> StartAsync(string manifests = "", bool nmstate = true, string? kubeconfigToken = null)
    {
        var standIn = new StandIn(await StandInServer.StartAsync(nmstate));
        foreach (var o in YamlObjects.Read(manifests))
        {
            standIn.Server.Apply(o);
        }

        File.WriteAllText(standIn.KubeconfigPath, standIn.Server.Kubeconfig(token: kubeconfigToken));
        return standIn;
    }

    public JsonObject Apply(string manifest) => Server.Apply(YamlObjects.Read(manifest).Single());

    public ClusterConnection Connect(TimeSpan? timeout = null) => ClusterConnection.Open(KubeconfigPath, null, timeout);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
