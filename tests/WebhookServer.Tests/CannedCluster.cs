using System.Text;
using System.Text.Json;

namespace WebhookServer.Tests;

/// <summary>
/// A small cluster as the API server lists it: list kinds with a resourceVersion, items without apiVersion and kind,
/// server-populated metadata (uid, managedFields, the last-applied annotation) and status. The Secret's password is
/// <see cref="SecretValue"/>, base64 in <c>data</c> and in clear in the last-applied annotation.
/// </summary>
public sealed class CannedCluster
{
    public const string SecretValue = "s3cr3t-Value-Do-Not-Leak";
    public const string PoolsPath = "/apis/metallb.io/v1beta1/namespaces/metallb-system/ipaddresspools";
    public const string PeersPath = "/apis/metallb.io/v1beta2/namespaces/metallb-system/bgppeers";
    public const string PeersV1Beta1Path = "/apis/metallb.io/v1beta1/namespaces/metallb-system/bgppeers";
    public const string BgpAdvertisementsPath = "/apis/metallb.io/v1beta1/namespaces/metallb-system/bgpadvertisements";
    public const string L2AdvertisementsPath = "/apis/metallb.io/v1beta1/namespaces/metallb-system/l2advertisements";
    public const string BfdProfilesPath = "/apis/metallb.io/v1beta1/namespaces/metallb-system/bfdprofiles";
    public const string CommunitiesPath = "/apis/metallb.io/v1beta1/namespaces/metallb-system/communities";
    public const string SecretsPath = "/api/v1/namespaces/metallb-system/secrets";
    public const string NodesPath = "/api/v1/nodes";
    public const string NamespacesPath = "/api/v1/namespaces";
    public const string NetworkStatesPath = "/apis/nmstate.io/v1beta1/nodenetworkstates";

    public static string SecretValueBase64 { get; } = Convert.ToBase64String(Encoding.UTF8.GetBytes(SecretValue));

    /// <summary>Every list's own resourceVersion: the cluster-wide revision, which moves with any write anywhere.</summary>
    public string ListResourceVersion { get; set; } = "1001";

    public string PublicPoolAddress { get; set; } = "203.0.113.0/25";

    public string PublicPoolResourceVersion { get; set; } = "501";

    /// <summary>The kubelet's heartbeat, which moves the Node's (and its NodeNetworkState's) resourceVersion with it.</summary>
    public string NodeHeartbeat { get; set; } = "2025-01-01T00:00:00Z";

    public string NodeResourceVersion { get; set; } = "1101";

    public void ServeOn(FakeApiServer server, bool withNetworkStates = true)
    {
        server.Serve(PoolsPath, List("metallb.io/v1beta1", "IPAddressPoolList", Pools));
        server.Serve(PeersPath, List("metallb.io/v1beta2", "BGPPeerList", Peers));
        server.Serve(BgpAdvertisementsPath, List("metallb.io/v1beta1", "BGPAdvertisementList", BgpAdvertisements));
        server.Serve(L2AdvertisementsPath, List("metallb.io/v1beta1", "L2AdvertisementList", L2Advertisements));
        server.Serve(BfdProfilesPath, List("metallb.io/v1beta1", "BFDProfileList", BfdProfiles));
        server.Serve(CommunitiesPath, List("metallb.io/v1beta1", "CommunityList", Communities));
        server.Serve(SecretsPath, List("v1", "SecretList", Secrets));
        server.Serve(NodesPath, List("v1", "NodeList", Nodes));
        server.Serve(NamespacesPath, List("v1", "NamespaceList", Namespaces));
        if (withNetworkStates)
        {
            server.Serve(NetworkStatesPath, List("nmstate.io/v1beta1", "NodeNetworkStateList", NetworkStates));
        }
        else
        {
            server.Remove(NetworkStatesPath);
        }
    }

    private string List(string apiVersion, string kind, string items) =>
        $$"""{"apiVersion":"{{apiVersion}}","kind":"{{kind}}","metadata":{"resourceVersion":"{{ListResourceVersion}}"},"items":[{{items}}]}""";

    private static string Meta(string name, string resourceVersion, string? ns = "metallb-system", string extra = "") =>
        $$"""
        "metadata":{"name":"{{name}}",{{(ns is null ? string.Empty : $"\"namespace\":\"{ns}\",")}}"uid":"uid-{{name}}","resourceVersion":"{{resourceVersion}}","generation":1,
          "creationTimestamp":"2025-01-01T00:00:00Z",{{extra}}
          "managedFields":[{"manager":"kubectl-client-side-apply","operation":"Update","apiVersion":"v1","time":"2025-01-01T00:00:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{} } }]}
        """;

    private static string LastApplied(object applied) =>
        $"\"annotations\":{{\"kubectl.kubernetes.io/last-applied-configuration\":{JsonSerializer.Serialize(JsonSerializer.Serialize(applied) + "\n")}}},";

    private string Pools => $$"""
        { {{Meta("public", PublicPoolResourceVersion, extra: LastApplied(new { apiVersion = "metallb.io/v1beta1", kind = "IPAddressPool" }))}},
          "spec":{"addresses":["{{PublicPoolAddress}}"],"autoAssign":true,"avoidBuggyIPs":false},
          "status":{"assignedIPv4":0,"availableIPv4":128} },
        { {{Meta("office", "502")}}, "spec":{"addresses":["192.168.10.0/24"],"autoAssign":true,"avoidBuggyIPs":false} }
        """;

    private static string Peers => $$"""
        { {{Meta("tor", "601")}},
          "spec":{"myASN":64512,"peerASN":64600,"peerAddress":"10.0.0.1","peerPort":179,"holdTime":"1m30s","keepaliveTime":"30s",
                  "bfdProfile":"fast","passwordSecret":{"name":"tor-password","namespace":"metallb-system"} } }
        """;

    private static string BgpAdvertisements => $$"""
        { {{Meta("public", "701")}}, "spec":{"ipAddressPools":["public"],"communities":["vpn-only"]} }
        """;

    private static string L2Advertisements => $$"""
        { {{Meta("office", "702")}}, "spec":{"ipAddressPools":["office"]} }
        """;

    private static string BfdProfiles => $$"""
        { {{Meta("fast", "801")}}, "spec":{"receiveInterval":300,"transmitInterval":300,"detectMultiplier":3} }
        """;

    private static string Communities => $$"""
        { {{Meta("communities", "802")}}, "spec":{"communities":[{"name":"vpn-only","value":"65535:65282"}]} }
        """;

    private static string Secrets => $$"""
        { {{Meta("tor-password", "901", extra: LastApplied(new { apiVersion = "v1", kind = "Secret", stringData = new { password = SecretValue } }))}},
          "type":"kubernetes.io/basic-auth","data":{"password":"{{SecretValueBase64}}"} }
        """;

    private string Nodes => $$"""
        { {{Meta("worker-1", NodeResourceVersion, ns: null, extra: "\"labels\":{\"kubernetes.io/hostname\":\"worker-1\",\"kubernetes.io/os\":\"linux\"},")}},
          "spec":{"podCIDR":"10.244.1.0/24","providerID":"kind://docker/kind/worker-1"},
          "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.11"},{"type":"Hostname","address":"worker-1"}],
                    "conditions":[{"type":"Ready","status":"True","lastHeartbeatTime":"{{NodeHeartbeat}}","lastTransitionTime":"2025-01-01T00:00:00Z","reason":"KubeletReady"}],
                    "images":[{"names":["quay.io/metallb/speaker:v0.15.2"],"sizeBytes":30000000}],
                    "nodeInfo":{"kubeletVersion":"v1.33.1"} } }
        """;

    private static string Namespaces => $$"""
        { {{Meta("metallb-system", "11", ns: null)}} },
        { {{Meta("default", "12", ns: null)}} }
        """;

    private string NetworkStates => $$"""
        { {{Meta("worker-1", NodeResourceVersion, ns: null)}},
          "status":{"lastSuccessfulUpdateTime":"{{NodeHeartbeat}}","currentState":{"interfaces":[
            {"name":"eth0","type":"ethernet","state":"up","mac-address":"52:55:00:D1:55:01","mtu":1500,
             "ipv4":{"enabled":true,"dhcp":false,"address":[{"ip":"10.0.0.11","prefix-length":24}]} }]} } }
        """;
}
