using MetalLb.Validation.Cli.Monitor;
using MetalLb.Validation.Cli.Monitor.Agents;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor.Agents;

/// <summary>
/// The monitor's story cluster where worker-2 has no NodeNetworkState and a node agent instead (worker-1 keeps its
/// NodeNetworkState): manifests for the agents' EndpointSlices and the agents' <c>ip -j address show</c> answers.
/// </summary>
internal static class AgentBed
{
    public const string Service = "metallb-validate-node-agent";

    public static string Cluster => string.Join("\n---\n", MonitorBed.Peers, MonitorBed.Node("worker-1"), MonitorBed.Node("worker-2"), MonitorBed.NodeState("worker-1", "10.0.0.11", "10.255.0.1"));

    public static MonitorSettings Settings(int maxBodyBytes = 8 * 1024 * 1024, TimeSpan? requestTimeout = null) => MonitorBed.Settings() with
    {
        NodeAgents = new NodeAgentSettings
        {
            Service = Service,
            Interval = TimeSpan.FromMilliseconds(200),
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(2),
            MaxBodyBytes = maxBodyBytes,
        },
    };

    /// <summary>The EndpointSlice Kubernetes keeps for the agents' headless Service: one ready endpoint on <paramref name="node"/>.</summary>
    public static string Slice(string node, int port, bool ready = true, string service = Service) => $$"""
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: {{service}}-{{node}}
          namespace: metallb-system
          labels:
            kubernetes.io/service-name: {{service}}
            endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io
        addressType: IPv4
        ports:
          - name: http
            port: {{port}}
            protocol: TCP
        endpoints:
          - addresses: ["127.0.0.1"]
            conditions: {ready: {{(ready ? "true" : "false")}}, serving: true, terminating: false}
            nodeName: {{node}}
            targetRef: {kind: Pod, namespace: metallb-system, name: {{service}}-{{node}}}
        """;

    /// <summary><c>ip -j address show</c> of a node with <paramref name="address"/>/24 on eth0 and, when given, <paramref name="vip"/>/32 on lo.</summary>
    public static string IpJson(string address, string? vip) => $$"""
        [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,"operstate":"UNKNOWN","link_type":"loopback","addr_info":[{"family":"inet","local":"127.0.0.1","prefixlen":8,"scope":"host","label":"lo"}{{(vip is null ? "" : $$""",{"family":"inet","local":"{{vip}}","prefixlen":32,"scope":"global","label":"lo"}""")}}]},
         {"ifindex":2,"ifname":"eth0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"operstate":"UP","link_type":"ether","address":"52:54:00:12:34:56","addr_info":[{"family":"inet","local":"{{address}}","prefixlen":24,"scope":"global","label":"eth0"}]}]
        """;
}
