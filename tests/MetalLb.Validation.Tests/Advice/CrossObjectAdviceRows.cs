using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Tests.Topology;
using static MetalLb.Validation.Tests.Rules.Yaml;

namespace MetalLb.Validation.Tests.Advice;

/// <summary>
/// Fix-then-revalidate rows of the cross-object rules: advertisements, BFD, communities, selectors, mode and node
/// rules. The admission change rules (MLB1210-1213) and MLB1007 have their own tests (see AdviceCoverage).
/// </summary>
internal static class CrossObjectAdviceRows
{
    private const string New = "0.16.1";
    private const string Old = "0.15.3";
    private const string TorA = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nebgpMultiHop: true";
    private static readonly string Pool = Check.Pool("public", "198.51.100.0/24");
    private static readonly string WebPool = LabeledPool("public", "tier: web", "198.51.100.0/24");
    private static readonly string AdvertiseAll = BgpAd("all");

    private static string OnRack(string rack) => $"nodeSelectors: [{{matchLabels: {{rack: {rack}}}}}]";

    private static string Expression(string key, string op, string values) =>
        $"nodeSelectors: [{{matchExpressions: [{{key: {key}, operator: {op}{(values.Length > 0 ? $", values: [{values}]" : string.Empty)}}}]}}]";

    private static string Communities(int count, int from = 1) =>
        "communities: [" + string.Join(", ", Enumerable.Range(from, count).Select(i => $"\"64512:{i}\"")) + "]";

    private static string Community(string name, string aliases) => Object("Community", name, $"communities: [{aliases}]");

    private static string TopoPeer(string name, string spec) => TopologyFixture.Peer(name, $"{TorA}\n{spec}");

    public static IReadOnlyList<AdviceRow> All { get; } =
    [
        // BGP advertisements
        new("MLB0310", "add the Node objects", BackendMode.FrrK8s, New, "Add the cluster's Node objects",
            Pool + BgpAd("rack-a", "localPref: 100\n" + OnRack("a")) + BgpAd("rack-b", "localPref: 200\n" + OnRack("b")),
            Pool + BgpAd("rack-a", "localPref: 100\n" + OnRack("a")) + BgpAd("rack-b", "localPref: 200\n" + OnRack("b")) + Node("n1", "rack: a") + Node("n2", "rack: b")),
        new("MLB0312", "fix the peer name", BackendMode.FrrK8s, New, "Fix the name",
            Pool + Peer("tor-a", "192.0.2.1") + BgpAd("ad", "peers: [tor-b]"),
            Pool + Peer("tor-a", "192.0.2.1") + BgpAd("ad", "peers: [tor-a]")),
        new("MLB0313", "fix the selector", BackendMode.FrrK8s, New, "Fix the selector or label the pools",
            WebPool + BgpAd("ad", "ipAddressPoolSelectors: [{matchLabels: {tier: wbe}}]"),
            WebPool + BgpAd("ad", "ipAddressPoolSelectors: [{matchLabels: {tier: web}}]")),
        new("MLB0313", "label the pools", BackendMode.FrrK8s, New, "Fix the selector or label the pools",
            Pool + BgpAd("ad", "ipAddressPoolSelectors: [{matchLabels: {tier: web}}]"),
            WebPool + BgpAd("ad", "ipAddressPoolSelectors: [{matchLabels: {tier: web}}]")),
        new("MLB0314", "fix the selector", BackendMode.FrrK8s, New, "Fix the selector or the node labels",
            Pool + Node("n1", "rack: a") + BgpAd("ad", OnRack("c")),
            Pool + Node("n1", "rack: a") + BgpAd("ad", OnRack("a"))),
        new("MLB0315", "remove localPref", BackendMode.FrrK8s, New, "Remove localPref",
            Pool + Peer("tor-a", "192.0.2.1") + BgpAd("ad", "localPref: 200"),
            Pool + Peer("tor-a", "192.0.2.1") + BgpAd("ad")),

        // L2 advertisements
        new("MLB0403", "fix the pool name", BackendMode.FrrK8s, New, "Fix the name",
            Pool + L2Ad("l2", "ipAddressPools: [pubilc]"),
            Pool + L2Ad("l2", "ipAddressPools: [public]")),
        new("MLB0404", "fix the selector", BackendMode.FrrK8s, New, "Fix the selector or label the pools",
            WebPool + L2Ad("l2", "ipAddressPoolSelectors: [{matchLabels: {tier: wbe}}]"),
            WebPool + L2Ad("l2", "ipAddressPoolSelectors: [{matchLabels: {tier: web}}]")),
        new("MLB0405", "fix the node labels", BackendMode.FrrK8s, New, "Fix the selector or the node labels",
            Pool + Node("n1", "rack: a") + L2Ad("l2", OnRack("c")),
            Pool + Node("n1", "rack: c") + L2Ad("l2", OnRack("c"))),
        new("MLB0406", "remove the repeat", BackendMode.FrrK8s, New, "Remove it or fix the name",
            Pool + L2Ad("l2", "interfaces: [eth0, eth0]"),
            Pool + L2Ad("l2", "interfaces: [eth0]")),
        new("MLB0407", "write the name exactly", BackendMode.FrrK8s, New, "Write the interface name exactly",
            Pool + L2Ad("l2", "interfaces: [eth0, \" eth1\"]"),
            Pool + L2Ad("l2", "interfaces: [eth0, eth1]")),
        new("MLB0407", "drop interfaces", BackendMode.FrrK8s, New, "drop spec.interfaces to announce on all interfaces",
            Pool + L2Ad("l2", "interfaces: [eth0, \"\"]"),
            Pool + L2Ad("l2")),

        // BFD and communities
        new("MLB0500", "value in range", BackendMode.FrrK8s, New, "pick a value in it",
            Bfd("fast", "detectMultiplier: 1"),
            Bfd("fast", "detectMultiplier: 3")),
        new("MLB0600", "AS:value", BackendMode.FrrK8s, New, "write <AS>:<value>",
            Community("c", "{name: gold, value: \"64512-100\"}"),
            Community("c", "{name: gold, value: \"64512:100\"}")),
        new("MLB0600", "large community for big numbers", BackendMode.FrrK8s, New, "use large:<uint32>:<uint32>:<uint32> for bigger numbers",
            Community("c", "{name: gold, value: \"4200000000:100\"}"),
            Community("c", "{name: gold, value: \"large:4200000000:100:0\"}")),
        new("MLB0602", "descriptive alias name", BackendMode.FrrK8s, New, "Give the alias a descriptive name",
            Community("c", "{name: \"64512:100\", value: \"64512:200\"}"),
            Community("c", "{name: gold, value: \"64512:200\"}")),
        new("MLB0603", "AS:value", BackendMode.FrrK8s, New, "write <AS>:<value>",
            Pool + BgpAd("ad", "communities: [\"64512:1:100\"]"),
            Pool + BgpAd("ad", "communities: [\"64512:100\"]")),
        new("MLB0604", "pass the Community", BackendMode.FrrK8s, New, "pass its Community too",
            Pool + BgpAd("ad", "communities: [no-export]"),
            Pool + BgpAd("ad", "communities: [no-export]") + Community("well-known", "{name: no-export, value: \"65535:65281\"}")),
        new("MLB0604", "define the alias", BackendMode.FrrK8s, New, "Define the alias in a Community, or fix the name",
            Pool + BgpAd("ad", "communities: [no-exprot]") + Community("well-known", "{name: no-export, value: \"65535:65281\"}"),
            Pool + BgpAd("ad", "communities: [no-export]") + Community("well-known", "{name: no-export, value: \"65535:65281\"}")),
        new("MLB0604", "bare number", BackendMode.FrrK8s, New, "write <AS>:<value> such as 64512:100",
            Pool + BgpAd("ad", "communities: [\"100\"]"),
            Pool + BgpAd("ad", "communities: [\"64512:100\"]")),
        new("MLB0605", "remove the repeat", BackendMode.FrrK8s, New, "remove the repeat",
            Pool + BgpAd("ad", "communities: [\"64512:1\", \"64512:1\"]"),
            Pool + BgpAd("ad", "communities: [\"64512:1\"]")),
        new("MLB0606", "drop some", BackendMode.FrrK8s, New, "or drop some",
            Pool + BgpAd("ad", Communities(64)),
            Pool + BgpAd("ad", Communities(63))),
        new("MLB0606", "split across peers", BackendMode.Native, New, "Split them across advertisements with different peers",
            Pool + Peer("tor-a", "192.0.2.1") + Peer("tor-b", "192.0.2.2") + BgpAd("ad", Communities(64)),
            Pool + Peer("tor-a", "192.0.2.1") + Peer("tor-b", "192.0.2.2") + BgpAd("ad-a", "peers: [tor-a]\n" + Communities(32)) + BgpAd("ad-b", "peers: [tor-b]\n" + Communities(32, from: 33))),

        // Selectors
        new("MLB0700", "operator case", BackendMode.FrrK8s, New, "write \"In\"",
            Pool + L2Ad("l2", Expression("rack", "in", "a")),
            Pool + L2Ad("l2", Expression("rack", "In", "a"))),
        new("MLB0701", "list a value", BackendMode.FrrK8s, New, "list at least one value",
            Pool + L2Ad("l2", Expression("rack", "In", string.Empty)),
            Pool + L2Ad("l2", Expression("rack", "In", "a"))),
        new("MLB0701", "Exists", BackendMode.FrrK8s, New, "use Exists/DoesNotExist to test only for the key",
            Pool + L2Ad("l2", Expression("rack", "In", string.Empty)),
            Pool + L2Ad("l2", Expression("rack", "Exists", string.Empty))),
        new("MLB0702", "remove the values", BackendMode.FrrK8s, New, "remove the values",
            Pool + L2Ad("l2", Expression("rack", "Exists", "a")),
            Pool + L2Ad("l2", Expression("rack", "Exists", string.Empty))),
        new("MLB0702", "In instead", BackendMode.FrrK8s, New, "use In/NotIn to compare them",
            Pool + L2Ad("l2", Expression("rack", "Exists", "a")),
            Pool + L2Ad("l2", Expression("rack", "In", "a"))),
        new("MLB0703", "valid key", BackendMode.FrrK8s, New, "use a key such as kubernetes.io/hostname",
            Pool + L2Ad("l2", "nodeSelectors: [{matchLabels: {Kubernetes.io/hostname: n1}}]"),
            Pool + L2Ad("l2", "nodeSelectors: [{matchLabels: {kubernetes.io/hostname: n1}}]")),
        new("MLB0704", "fix the value", BackendMode.FrrK8s, New, "fix the value",
            Pool + L2Ad("l2", "nodeSelectors: [{matchLabels: {rack: \"rack a\"}}]"),
            Pool + L2Ad("l2", "nodeSelectors: [{matchLabels: {rack: rack-a}}]")),
        new("MLB0705", "remove the repeated selector", BackendMode.FrrK8s, New, "remove this one",
            Pool + L2Ad("l2", "nodeSelectors: [{matchLabels: {rack: a}}, {matchLabels: {rack: a}}]"),
            Pool + L2Ad("l2", "nodeSelectors: [{matchLabels: {rack: a}}]")),
        new("MLB0706", "remove the repeated expression", BackendMode.FrrK8s, New, "remove this one",
            Pool + L2Ad("l2", "nodeSelectors: [{matchExpressions: [{key: rack, operator: In, values: [a]}, {key: rack, operator: In, values: [a]}]}]"),
            Pool + L2Ad("l2", Expression("rack", "In", "a"))),
        new("MLB0707", "remove the repeated value", BackendMode.FrrK8s, New, "remove this one",
            Pool + L2Ad("l2", Expression("rack", "In", "a, a")),
            Pool + L2Ad("l2", Expression("rack", "In", "a"))),

        // Modes
        new("MLB0806", "remove disableMP", BackendMode.Native, New, "Remove it",
            Peer("a", "192.0.2.1", extra: "disableMP: true"),
            Peer("a", "192.0.2.1")),
        new("MLB0831", "remove sourceAddress", BackendMode.FrrK8s, New, "Remove sourceAddress",
            Peer("a", "192.0.2.1", extra: "sourceAddress: 192.0.2.100"),
            Peer("a", "192.0.2.1")),

        // Nodes, against the topology fixture (worker-1 owns 10.255.0.1 on lo; rack a = worker-1, worker-2; rack b = worker-3)
        new("MLB1002", "disjoint nodeSelectors", BackendMode.Native, New, "make the peers' nodeSelectors disjoint",
            TopoPeer("vip", $"sourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}") + TopoPeer("plain", TopologyFixture.OnRack("a")),
            TopoPeer("vip", $"sourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}") + TopoPeer("plain", TopologyFixture.OnNode("worker-2")),
            Topology: true),
        new("MLB1002", "disjoint nodeSelectors", BackendMode.Frr, New, "make the peers' nodeSelectors disjoint",
            TopoPeer("vip", $"sourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}") + TopoPeer("plain", TopologyFixture.OnRack("a")),
            TopoPeer("vip", $"sourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}") + TopoPeer("plain", TopologyFixture.OnNode("worker-2")),
            Topology: true),
        new("MLB1002", "one BGPPeer per router on a cluster-wide release", BackendMode.Frr, Old, "keep one BGPPeer for this router",
            TopoPeer("vip", $"sourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}") + TopoPeer("plain", TopologyFixture.OnRack("a")),
            TopoPeer("plain", TopologyFixture.OnRack("a")),
            Topology: true),
        new("MLB1003", "fix the selector", BackendMode.Native, New, "Fix the labels or the selector",
            TopoPeer("p", TopologyFixture.OnRack("c")),
            TopoPeer("p", TopologyFixture.OnRack("b")),
            Topology: true),
        new("MLB1004", "select the node in a BGPPeer", BackendMode.Native, New, "Select the node in a BGPPeer",
            Pool + AdvertiseAll + TopoPeer("p", TopologyFixture.OnNode("worker-1")),
            Pool + AdvertiseAll + TopoPeer("p", string.Empty),
            Topology: true),
        new("MLB1004", "exclude it with nodeSelectors", BackendMode.Native, New, "exclude it with spec.nodeSelectors",
            Pool + AdvertiseAll + TopoPeer("p", TopologyFixture.OnNode("worker-1")),
            Pool + BgpAd("all", "nodeSelectors: [{matchLabels: {kubernetes.io/hostname: worker-1}}]") + TopoPeer("p", TopologyFixture.OnNode("worker-1")),
            Topology: true),
        new("MLB1005", "leave routerID unset", BackendMode.Native, New, "leave routerID unset",
            TopoPeer("p", $"routerID: 10.0.0.100\n{TopologyFixture.OnRack("a")}"),
            TopoPeer("p", TopologyFixture.OnRack("a")),
            Topology: true),
        new("MLB1005", "a peer and routerID per node", BackendMode.Native, New, "Give each node its own BGPPeer with its own routerID",
            TopoPeer("p", $"routerID: 10.0.0.100\n{TopologyFixture.OnRack("a")}"),
            TopoPeer("p-worker-1", $"routerID: 10.0.0.11\n{TopologyFixture.OnNode("worker-1")}") + TopoPeer("p-worker-2", $"routerID: 10.0.0.12\n{TopologyFixture.OnNode("worker-2")}"),
            Topology: true),
        new("MLB1005", "a peer and routerID per node", BackendMode.Frr, New, "Give each node its own BGPPeer with its own routerID",
            TopoPeer("p", $"routerID: 10.0.0.100\n{TopologyFixture.OnRack("a")}"),
            TopoPeer("p-worker-1", $"routerID: 10.0.0.11\n{TopologyFixture.OnNode("worker-1")}") + TopoPeer("p-worker-2", $"routerID: 10.0.0.12\n{TopologyFixture.OnNode("worker-2")}"),
            Topology: true),
        new("MLB1005", "leave routerID unset on a cluster-wide release", BackendMode.Frr, Old, "Leave routerID unset, so each speaker picks its own",
            TopoPeer("p", $"routerID: 10.0.0.100\n{TopologyFixture.OnRack("a")}"),
            TopoPeer("p", TopologyFixture.OnRack("a")),
            Topology: true),
    ];
}
