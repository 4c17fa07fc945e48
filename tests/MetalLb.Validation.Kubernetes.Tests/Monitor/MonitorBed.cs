using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Cli.Monitor;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Kubernetes.Live;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor;

/// <summary>
/// The monitor's story cluster: worker-1 and worker-2 each peer with a router from a VIP (sourceAddress) on lo,
/// reported by their NodeNetworkStates; <see cref="NodeState"/> makes worker-2's with or without its VIP. And a
/// stand-in plus a started monitor, with waits on conditions (never on time).
/// </summary>
internal sealed class MonitorBed : IAsyncDisposable
{
    public const string Peers = """
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: tor-worker-1, namespace: metallb-system}
        spec:
          myASN: 64512
          peerASN: 64600
          peerAddress: 10.0.0.1
          sourceAddress: 10.255.0.1
          ebgpMultiHop: true
          nodeSelectors: [{matchLabels: {kubernetes.io/hostname: worker-1}}]
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: tor-worker-2, namespace: metallb-system}
        spec:
          myASN: 64512
          peerASN: 64600
          peerAddress: 10.0.0.1
          sourceAddress: 10.255.0.2
          ebgpMultiHop: true
          nodeSelectors: [{matchLabels: {kubernetes.io/hostname: worker-2}}]
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: public, namespace: metallb-system}
        spec:
          addresses: ["203.0.113.0/25"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata: {name: internet, namespace: metallb-system}
        spec:
          ipAddressPools: [public]
        """;

    public static readonly ValidationOptions Frr = ValidationOptions.Default with { Mode = BackendMode.Frr };

    private MonitorBed(StandIn standIn, ClusterConnection connection, ClusterMonitor monitor)
    {
        StandIn = standIn;
        Connection = connection;
        Monitor = monitor;
    }

    public StandIn StandIn { get; }

    public ClusterConnection Connection { get; }

    public ClusterMonitor Monitor { get; }

    public static string Cluster => string.Join("\n---\n", Peers, Node("worker-1"), Node("worker-2"), NodeState("worker-1", "10.0.0.11", "10.255.0.1"), NodeState("worker-2", "10.0.0.12", "10.255.0.2"));

    public static string Node(string name) => $$"""
        apiVersion: v1
        kind: Node
        metadata:
          name: {{name}}
          labels:
            kubernetes.io/hostname: {{name}}
        """;

    /// <summary>A NodeNetworkState with <paramref name="address"/>/24 on eth0 and, when given, <paramref name="vip"/>/32 on lo.</summary>
    public static string NodeState(string node, string address, string? vip) => $$"""
        apiVersion: nmstate.io/v1beta1
        kind: NodeNetworkState
        metadata: {name: {{node}}}
        status:
          currentState:
            interfaces:
              - name: lo
                type: loopback
                state: up
                ipv4:
                  enabled: true
                  address:
                    - {ip: 127.0.0.1, prefix-length: 8}
        {{(vip is null ? "" : $"            - {{ip: {vip}, prefix-length: 32}}")}}
              - name: eth0
                type: ethernet
                state: up
                ipv4:
                  enabled: true
                  address:
                    - ip: {{address}}
                      prefix-length: 24
        """;

    public static async Task<MonitorBed> StartAsync(string manifests, MonitorSettings? settings = null, TimeProvider? time = null, Action<StandIn>? before = null)
    {
        var standIn = await StandIn.StartAsync(manifests);
        before?.Invoke(standIn);
        var connection = standIn.Connect(TimeSpan.FromSeconds(5));
        var monitor = new ClusterMonitor(connection, settings ?? Settings(), time);
        monitor.Start();
        return new MonitorBed(standIn, connection, monitor);
    }

    public static MonitorSettings Settings(TimeSpan? staleAfter = null) => new()
    {
        Options = Frr,
        View = new LiveViewOptions { Debounce = TimeSpan.FromMilliseconds(50), MinBackoff = TimeSpan.FromMilliseconds(50), MaxBackoff = TimeSpan.FromMilliseconds(300) },
        StaleAfter = staleAfter ?? TimeSpan.FromMinutes(5),
        StartBackoff = TimeSpan.FromMilliseconds(50),
    };

    /// <summary>What a path answers, as text.</summary>
    public (int Status, string Body) Get(string path)
    {
        var (status, _, body) = MonitorRoutes.Answer(Monitor, path);
        return (status, System.Text.Encoding.UTF8.GetString(body));
    }

    public static async Task Until(Func<bool> condition, string what)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), $"within 30 s: {what}");
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await Monitor.DisposeAsync();
        Connection.Dispose();
        await StandIn.DisposeAsync();
    }
}

/// <summary>A clock the test moves.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
