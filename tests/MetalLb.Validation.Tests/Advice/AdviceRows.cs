using MetalLb.Validation.Tests.Rules;
using MetalLb.Validation.Tests.Topology;
using MetalLb.Validation.Diagnostics;
using static MetalLb.Validation.Tests.Rules.Yaml;

namespace MetalLb.Validation.Tests.Advice;

/// <summary>The fix-then-revalidate rows: each is a rule's firing fixture and the same fixture with its advice applied.</summary>
internal static class AdviceRows
{
    private const string New = "0.16.1";
    private const string Old = "0.15.3";
    private const string TorA = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nebgpMultiHop: true";
    private static readonly string Pool = Check.Pool("public", "198.51.100.0/24");
    private static readonly string Nodes = Node("n1") + Node("n2");

    private static string OnNode(string node) => $"nodeSelectors: [{{matchLabels: {{kubernetes.io/hostname: {node}}}}}]";

    private static string Secret(string name) =>
        $"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\n  namespace: metallb-system\ntype: kubernetes.io/basic-auth\ndata:\n  password: c2VjcmV0\n---\n";

    private static string Community(string name, string aliases) => Object("Community", name, $"communities: [{aliases}]");

    public static IReadOnlyList<AdviceRow> All { get; } =
    [
        // Input
        new("MLB0012", "delete one copy", BackendMode.FrrK8s, New, "Delete one copy",
            Check.Pool("a", "203.0.113.0/25") + Check.Pool("a", "203.0.113.0/25"),
            Check.Pool("a", "203.0.113.0/25")),

        // Pools
        new("MLB0104", "one pool per address", BackendMode.FrrK8s, New, "Give each address to one pool only",
            Check.Pool("a", "203.0.113.0/25") + Check.Pool("b", "203.0.113.64/26"),
            Check.Pool("a", "203.0.113.0/25") + Check.Pool("b", "203.0.113.128/26")),
        new("MLB0106", "one range per family", BackendMode.FrrK8s, New, "Use one range per family",
            Check.Pool("a", "10.0.0.1-2001:db8::1"),
            Check.Pool("a", "10.0.0.1-10.0.0.254", "2001:db8::1-2001:db8::ff")),
        new("MLB0107", "network address", BackendMode.FrrK8s, New, "Write 192.168.60.0/28",
            Check.Pool("a", "192.168.60.5/28"),
            Check.Pool("a", "192.168.60.0/28")),
        new("MLB0109", "priority 1", BackendMode.FrrK8s, New, "Use 1 for the most preferred pool",
            Object("IPAddressPool", "a", "addresses: [\"10.0.0.0/24\"]\nserviceAllocation: {priority: -1, namespaces: [team-a]}"),
            Object("IPAddressPool", "a", "addresses: [\"10.0.0.0/24\"]\nserviceAllocation: {priority: 1, namespaces: [team-a]}")),

        // Peers
        new("MLB0205", "iBGP without ebgpMultiHop", BackendMode.FrrK8s, New, "remove ebgpMultiHop",
            Peer("a", "192.0.2.1", 64512, 64512, "ebgpMultiHop: true"),
            Peer("a", "192.0.2.1", 64512, 64512)),
        new("MLB0210", "keepalive below hold", BackendMode.FrrK8s, New, "Make keepaliveTime at most holdTime",
            Peer("a", "192.0.2.1", extra: "holdTime: 30s\nkeepaliveTime: 90s"),
            Peer("a", "192.0.2.1", extra: "holdTime: 30s\nkeepaliveTime: 10s")),
        new("MLB0218", "passwordSecret only", BackendMode.FrrK8s, New, "keep only passwordSecret",
            Peer("a", "192.0.2.1", extra: "password: secret\npasswordSecret: {name: bgp-auth}") + Secret("bgp-auth"),
            Peer("a", "192.0.2.1", extra: "passwordSecret: {name: bgp-auth}") + Secret("bgp-auth")),
        new("MLB0219", "create the Secret", BackendMode.FrrK8s, New, "Create a kubernetes.io/basic-auth Secret \"bgp-auth\"",
            Peer("a", "192.0.2.1", extra: "passwordSecret: {name: bgp-auth}") + Secret("other"),
            Peer("a", "192.0.2.1", extra: "passwordSecret: {name: bgp-auth}") + Secret("other") + Secret("bgp-auth")),
        new("MLB0222", "add the BFDProfile", BackendMode.FrrK8s, New, "Add the BFDProfile or fix the name",
            Peer("a", "192.0.2.1", extra: "bfdProfile: fast"),
            Peer("a", "192.0.2.1", extra: "bfdProfile: fast") + Bfd("fast", "receiveInterval: 300")),
        new("MLB0226", "IPv4 router ID", BackendMode.Frr, New, "Use an IPv4 address unique to the router",
            Peer("a", "192.0.2.1", extra: "routerID: \"2001:db8::1\""),
            Peer("a", "192.0.2.1", extra: "routerID: 10.255.0.1")),
        new("MLB0228", "remove localASN", BackendMode.Frr, New, "Remove localASN",
            Peer("a", "192.0.2.1", extra: "localASN: 64512"),
            Peer("a", "192.0.2.1")),

        new("MLB0203", "keep one", BackendMode.FrrK8s, New, "keep exactly one",
            Check.Peer("a", "myASN: 64512\npeerASN: 64600\ndynamicASN: external\npeerAddress: 192.0.2.1"),
            Check.Peer("a", "myASN: 64512\npeerASN: 64600\npeerAddress: 192.0.2.1")),
        new("MLB0207", "keep the address", BackendMode.FrrK8s, New, "keep the address for numbered BGP",
            Check.Peer("a", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\ninterface: eth1"),
            Check.Peer("a", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1")),
        new("MLB0208", "address without prefix", BackendMode.FrrK8s, New, "give the router's address without a prefix length",
            Check.Peer("a", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.1.1/31"),
            Check.Peer("a", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.1.1")),
        new("MLB0217", "source without prefix", BackendMode.Frr, New, "give the address without a prefix length",
            Peer("a", "192.0.2.1", extra: "sourceAddress: 192.0.2.10/24"),
            Peer("a", "192.0.2.1", extra: "sourceAddress: 192.0.2.10")),

        // BGP advertisements
        new("MLB0301", "remove the repeated pool", BackendMode.FrrK8s, New, "Remove the repeat",
            Pool + BgpAd("ad", "ipAddressPools: [public, public]"),
            Pool + BgpAd("ad", "ipAddressPools: [public]")),
        new("MLB0302", "remove the repeated peer", BackendMode.FrrK8s, New, "Remove the repeat",
            Pool + Peer("tor-a", "192.0.2.1") + BgpAd("ad", "peers: [tor-a, tor-a]"),
            Pool + Peer("tor-a", "192.0.2.1") + BgpAd("ad", "peers: [tor-a]")),
        new("MLB0303", "length from 1", BackendMode.FrrK8s, New, "Use a prefix length from 1 to 32",
            Pool + BgpAd("ad", "aggregationLength: 0"),
            Pool + BgpAd("ad", "aggregationLength: 32")),
        new("MLB0305", "IPv6 length", BackendMode.FrrK8s, New, "Use 1 to 128",
            Pool + BgpAd("ad", "aggregationLengthV6: 129"),
            Pool + BgpAd("ad", "aggregationLengthV6: 128")),
        new("MLB0304", "IPv4 length", BackendMode.FrrK8s, New, "Use 1 to 32",
            Pool + BgpAd("ad", "aggregationLength: 33"),
            Pool + BgpAd("ad", "aggregationLength: 32")),
        new("MLB0307", "no aggregation with serviceSelectors", BackendMode.FrrK8s, New, "Remove aggregationLength (or set 32)",
            Pool + BgpAd("ad", "aggregationLength: 24\nserviceSelectors: [{matchLabels: {app: web}}]"),
            Pool + BgpAd("ad", "serviceSelectors: [{matchLabels: {app: web}}]")),
        new("MLB0308", "aggregate no wider than the pool", BackendMode.FrrK8s, New, "Set aggregationLength to 24 or more",
            Pool + BgpAd("ad", "aggregationLength: 16"),
            Pool + BgpAd("ad", "aggregationLength: 24")),
        new("MLB0309", "same localPref", BackendMode.FrrK8s, New, "Use the same localPref",
            Pool + BgpAd("primary", "localPref: 200") + BgpAd("backup", "localPref: 100") + Node("worker-1"),
            Pool + BgpAd("primary", "localPref: 200") + BgpAd("backup", "localPref: 200") + Node("worker-1")),
        new("MLB0311", "fix the pool name", BackendMode.FrrK8s, New, "Fix the name",
            Pool + BgpAd("ad", "ipAddressPools: [pubilc]"),
            Pool + BgpAd("ad", "ipAddressPools: [public]")),

        // L2 advertisements
        new("MLB0401", "remove the repeated pool", BackendMode.FrrK8s, New, "Remove the repeat",
            Pool + L2Ad("l2", "ipAddressPools: [public, public]"),
            Pool + L2Ad("l2", "ipAddressPools: [public]")),

        // BFD and communities
        new("MLB0550", "echo off", BackendMode.FrrK8s, New, "Turn echoMode off in that profile",
            Check.Pool("dual", "198.51.100.0/24", "2001:db8::/64") + Peer("tor-a", "192.0.2.1", extra: "bfdProfile: echo") + Bfd("echo", "echoMode: true") + BgpAd("announce"),
            Check.Pool("dual", "198.51.100.0/24", "2001:db8::/64") + Peer("tor-a", "192.0.2.1", extra: "bfdProfile: echo") + Bfd("echo", "echoMode: false") + BgpAd("announce")),
        new("MLB0601", "rename one alias", BackendMode.FrrK8s, New, "Remove or rename one",
            Community("gold", "{name: gold, value: \"64512:100\"}") + Community("more", "{name: gold, value: \"64512:200\"}"),
            Community("gold", "{name: gold, value: \"64512:100\"}") + Community("more", "{name: platinum, value: \"64512:200\"}")),

        new("MLB0604", "alias in another namespace", BackendMode.FrrK8s, New, "Move that Community to namespace metallb-system",
            Pool + Peer("tor-a", "192.0.2.1") + BgpAd("announce", "communities: [gold]") + Object("Community", "aliases", "communities: [{name: gold, value: \"64512:100\"}]", ns: "default"),
            Pool + Peer("tor-a", "192.0.2.1") + BgpAd("announce", "communities: [gold]") + Community("aliases", "{name: gold, value: \"64512:100\"}")),

        // Namespaces
        new("MLB1200", "split across namespaces", BackendMode.FrrK8s, New, "move this L2Advertisement there",
            Pool + L2Ad("lan") + Object("L2Advertisement", "extra", "ipAddressPools: [public]", ns: "default"),
            Pool + L2Ad("lan") + L2Ad("extra", "ipAddressPools: [public]")),
        new("MLB1201", "add the namespace", BackendMode.FrrK8s, New, "Add namespace: metallb-system",
            Pool + Object("L2Advertisement", "lan", "ipAddressPools: [public]", ns: string.Empty),
            Pool + L2Ad("lan", "ipAddressPools: [public]")),

        // Native mode
        new("MLB0801", "remove bfdProfile", BackendMode.Native, New, "Remove it",
            Peer("a", "192.0.2.1", extra: "bfdProfile: fast"),
            Peer("a", "192.0.2.1")),
        new("MLB0802", "remove keepaliveTime", BackendMode.Native, New, "Remove it",
            Peer("a", "192.0.2.1", extra: "holdTime: 90s\nkeepaliveTime: 30s"),
            Peer("a", "192.0.2.1", extra: "holdTime: 90s")),
        new("MLB0803", "remove vrf", BackendMode.Native, New, "Remove it",
            Peer("a", "192.0.2.1", extra: "vrf: red"),
            Peer("a", "192.0.2.1")),
        new("MLB0804", "remove connectTime", BackendMode.Native, New, "Remove it",
            Peer("a", "192.0.2.1", extra: "connectTime: 5s"),
            Peer("a", "192.0.2.1")),
        new("MLB0805", "remove graceful restart", BackendMode.Native, New, "Remove it",
            Peer("a", "192.0.2.1", extra: "enableGracefulRestart: true"),
            Peer("a", "192.0.2.1")),
        new("MLB0807", "remove dualStackAddressFamily", BackendMode.Native, New, "Remove it",
            Peer("a", "192.0.2.1", extra: "dualStackAddressFamily: true"),
            Peer("a", "192.0.2.1")),
        new("MLB0808", "peerASN instead of dynamicASN", BackendMode.Native, New, "Replace it with spec.peerASN",
            Check.Peer("a", "myASN: 64512\ndynamicASN: external\npeerAddress: 192.0.2.1"),
            Check.Peer("a", "myASN: 64512\npeerASN: 64600\npeerAddress: 192.0.2.1")),
        new("MLB0809", "peerAddress instead of interface", BackendMode.Native, New, "Replace it with spec.peerAddress",
            Check.Peer("a", "myASN: 64512\npeerASN: 64600\ninterface: eth1"),
            Check.Peer("a", "myASN: 64512\npeerASN: 64600\npeerAddress: 192.0.2.1")),
        new("MLB0810", "remove localASN", BackendMode.Native, New, "Remove it",
            Peer("a", "192.0.2.1", extra: "localASN: 65010"),
            Peer("a", "192.0.2.1")),
        new("MLB0811", "delete the BFDProfile", BackendMode.Native, New, "Delete the BFDProfile",
            Peer("a", "192.0.2.1") + Bfd("fast", "receiveInterval: 300"),
            Peer("a", "192.0.2.1")),
        new("MLB0812", "IPv6 to an L2-only pool", BackendMode.Native, New, "Move IPv6 addresses to a pool no BGPAdvertisement selects",
            Check.Pool("dual", "198.51.100.0/24", "2001:db8::/64") + BgpAd("announce"),
            Check.Pool("dual", "198.51.100.0/24") + Object("IPAddressPool", "v6", "addresses: [\"2001:db8::/64\"]", labels: "l2: only") + BgpAd("announce", "ipAddressPools: [dual]") + L2Ad("l2", "ipAddressPoolSelectors: [{matchLabels: {l2: only}}]")),
        new("MLB0813", "standard community", BackendMode.Native, New, "Use a standard community",
            Pool + BgpAd("ad", "communities: [\"large:64512:1:1\"]"),
            Pool + BgpAd("ad", "communities: [\"64512:1\"]")),
        new("MLB0814", "remove the large alias", BackendMode.Native, New, "Remove the alias",
            Community("c", "{name: big, value: \"large:64512:1:1\"}"),
            string.Empty),
        new("MLB0833", "peer over IPv4", BackendMode.Native, New, "Peer over IPv4",
            Peer("a", "2001:db8::1"),
            Peer("a", "192.0.2.1")),

        // FRR pair checks, per release
        new("MLB0820", "same routerID", BackendMode.Frr, New, "Give both BGPPeers the same routerID",
            Peer("a", "192.0.2.1", extra: "routerID: 10.0.0.1") + Peer("b", "192.0.2.2", extra: "routerID: 10.0.0.2"),
            Peer("a", "192.0.2.1", extra: "routerID: 10.0.0.1") + Peer("b", "192.0.2.2", extra: "routerID: 10.0.0.1")),
        new("MLB0820", "disjoint nodeSelectors", BackendMode.Frr, New, "give them nodeSelectors that select disjoint nodes",
            Nodes + Peer("a", "192.0.2.1", extra: "routerID: 10.0.0.1") + Peer("b", "192.0.2.2", extra: "routerID: 10.0.0.2"),
            Nodes + Peer("a", "192.0.2.1", extra: "routerID: 10.0.0.1\n" + OnNode("n1")) + Peer("b", "192.0.2.2", extra: "routerID: 10.0.0.2\n" + OnNode("n2"))),
        new("MLB0821", "same routerID everywhere", BackendMode.Frr, Old, "Give every BGPPeer the same routerID, or leave it unset on all of them",
            Nodes + Peer("a", "192.0.2.1", extra: "routerID: 10.0.0.1\n" + OnNode("n1")) + Peer("b", "192.0.2.2", extra: "routerID: 10.0.0.2\n" + OnNode("n2")),
            Nodes + Peer("a", "192.0.2.1", extra: OnNode("n1")) + Peer("b", "192.0.2.2", extra: OnNode("n2"))),
        new("MLB0822", "merge", BackendMode.FrrK8s, New, "Merge the two BGPPeers into one",
            Peer("tor-a-1", "192.0.2.1") + Peer("tor-a-2", "192.0.2.1", extra: "holdTime: 30s"),
            Peer("tor-a-1", "192.0.2.1", extra: "holdTime: 30s")),
        new("MLB0822", "disjoint nodeSelectors", BackendMode.Frr, New, "give them nodeSelectors that select disjoint nodes",
            Nodes + Peer("a", "192.0.2.1", extra: "sourceAddress: 10.255.0.1") + Peer("b", "192.0.2.1", extra: "sourceAddress: 10.255.0.2"),
            Nodes + Peer("a", "192.0.2.1", extra: "sourceAddress: 10.255.0.1\n" + OnNode("n1")) + Peer("b", "192.0.2.1", extra: "sourceAddress: 10.255.0.2\n" + OnNode("n2"))),
        new("MLB0823", "merge", BackendMode.Frr, Old, "Merge the two BGPPeers into one",
            Nodes + Peer("a", "192.0.2.1", extra: OnNode("n1")) + Peer("b", "192.0.2.1", extra: OnNode("n2")),
            Nodes + Peer("a", "192.0.2.1", extra: "nodeSelectors: [{matchLabels: {kubernetes.io/hostname: n1}}, {matchLabels: {kubernetes.io/hostname: n2}}]")),
        new("MLB0824", "same myASN", BackendMode.Frr, New, "Use the same myASN on both",
            Peer("a", "192.0.2.1", myAsn: 64512) + Peer("b", "192.0.2.2", myAsn: 64513),
            Peer("a", "192.0.2.1", myAsn: 64512) + Peer("b", "192.0.2.2", myAsn: 64512)),
        new("MLB0825", "same myASN everywhere", BackendMode.Frr, Old, "Use the same myASN on every BGPPeer of the default VRF",
            Nodes + Peer("a", "192.0.2.1", myAsn: 64512, extra: OnNode("n1")) + Peer("b", "192.0.2.2", myAsn: 64513, extra: OnNode("n2")),
            Nodes + Peer("a", "192.0.2.1", myAsn: 64512, extra: OnNode("n1")) + Peer("b", "192.0.2.2", myAsn: 64512, extra: OnNode("n2"))),
        new("MLB0830", "merge", BackendMode.Native, New, "Merge the BGPPeers",
            Nodes + Peer("tor-a", "192.0.2.1") + Peer("tor-a-fast", "192.0.2.1", extra: "holdTime: 9s"),
            Nodes + Peer("tor-a", "192.0.2.1", extra: "holdTime: 9s")),
        new("MLB0830", "disjoint nodeSelectors", BackendMode.Native, New, "make their nodeSelectors disjoint",
            Nodes + Peer("tor-a", "192.0.2.1") + Peer("tor-a-fast", "192.0.2.1", extra: "holdTime: 9s"),
            Nodes + Peer("tor-a", "192.0.2.1", extra: OnNode("n1")) + Peer("tor-a-fast", "192.0.2.1", extra: "holdTime: 9s\n" + OnNode("n2"))),
        new("MLB0832", "myASN instead of localASN", BackendMode.FrrK8s, New, "Set myASN to 65010 on this BGPPeer instead of localASN",
            Peer("a", "192.0.2.1", extra: "localASN: 65010"),
            Peer("a", "192.0.2.1", myAsn: 65010)),

        // sourceAddress, against the topology fixture (worker-1 owns 10.255.0.1 on lo; rack a = worker-1, worker-2)
        new("MLB0901", "narrow to the owner", BackendMode.Native, New, "Narrow spec.nodeSelectors to matchLabels kubernetes.io/hostname: worker-1",
            Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{TopologyFixture.OnRack("a")}"),
            Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}"),
            Topology: true),
        new("MLB0901", "narrow, and a peer of its own for the other node", BackendMode.Frr, New, "give it its own BGPPeer with an address worker-2 has and nodeSelectors matchLabels kubernetes.io/hostname: worker-2",
            Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{TopologyFixture.OnRack("a")}"),
            Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}") + Check.Peer("tor-a-worker-2", $"{TorA}\nsourceAddress: 10.0.0.12\n{TopologyFixture.OnNode("worker-2")}"),
            Topology: true),
        new("MLB0901", "narrow on a cluster-wide release", BackendMode.Frr, Old, "worker-2 then has no session to this router",
            Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{TopologyFixture.OnRack("a")}"),
            Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}"),
            Topology: true),
        new("MLB0901", "address nowhere: assign it", BackendMode.Native, New, "set sourceAddress to an address worker-2 has",
            Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.2\n{TopologyFixture.OnNode("worker-2")}"),
            Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.0.0.12\n{TopologyFixture.OnNode("worker-2")}"),
            Topology: true),
        new("MLB0902", "take it out of the pool", BackendMode.Native, New, "Take 10.255.0.1 out of the pool",
            Check.Pool("vips", "10.255.0.0/24") + Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}"),
            Check.Pool("vips", "10.255.0.2-10.255.0.254") + Check.Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{TopologyFixture.OnNode("worker-1")}"),
            Topology: true),
    ];
}
