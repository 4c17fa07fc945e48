using MetalLb.Validation.Diagnostics;
using static MetalLb.Validation.Tests.Rules.Yaml;

namespace MetalLb.Validation.Tests.Advice;

/// <summary>
/// Fix-then-revalidate rows for the single-object field rules: input decoding, pool fields, BGPPeer fields. Pools come
/// with an L2Advertisement of every pool so that no "pool not announced" finding muddles the comparison.
/// </summary>
internal static class FieldAdviceRows
{
    private const string New = "0.16.1";
    private const string Base = "myASN: 64512\npeerASN: 64600\npeerAddress: 192.0.2.1";
    private const string Timers = "holdTime: 90s\nkeepaliveTime: 30s";
    private const string V1 = "metallb.io/v1beta1";

    private static string P(string spec) => Check.Peer("tor-a", spec);

    private static string P(string spec, string apiVersion) => Check.Peer("tor-a", spec, apiVersion);

    private static string Announced(string pools) => pools + Check.L2All;

    private static string Allocation(string namespaces) =>
        Announced(Object("IPAddressPool", "team", $"addresses: [\"198.51.100.0/24\"]\nserviceAllocation: {{namespaces: [{namespaces}]}}"));

    private static string Namespace(string name) => $"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {name}\n---\n";

    private static string Secret(string type, string data) =>
        $"apiVersion: v1\nkind: Secret\nmetadata:\n  name: bgp-auth\n  namespace: metallb-system\ntype: {type}\ndata:\n  {data}\n---\n";

    private static string WithSecret(string type, string data) => P($"{Base}\npasswordSecret: {{name: bgp-auth}}") + Secret(type, data);

    public static IReadOnlyList<AdviceRow> All { get; } =
    [
        // Input
        new("MLB0003", "keep one key", BackendMode.FrrK8s, New, "keep one of them",
            Announced(Object("IPAddressPool", "public", "addresses: [\"198.51.100.0/24\"]\nautoAssign: false\nautoAssign: true")),
            Announced(Object("IPAddressPool", "public", "addresses: [\"198.51.100.0/24\"]\nautoAssign: false"))),
        new("MLB0004", "quote the label value", BackendMode.FrrK8s, New, "put it in quotes",
            P($"{Base}\nnodeSelectors: [{{matchLabels: {{rack: 7}}}}]"),
            P($"{Base}\nnodeSelectors: [{{matchLabels: {{rack: \"7\"}}}}]")),
        new("MLB0005", "correct the field name", BackendMode.FrrK8s, New, "did you mean \"peerAddress\"?",
            P("myASN: 64512\npeerASN: 64600\npeerAdress: 192.0.2.1"),
            P(Base)),
        new("MLB0011", "own value for the other field", BackendMode.FrrK8s, New, "Give the other field its own value",
            Check.Peer("tor-a", $"{Base}\npassword: &pw s3cret-bgp\nrouterID: *pw"),
            Check.Peer("tor-a", $"{Base}\npassword: s3cret-bgp\nrouterID: 10.255.0.1")),

        // Pools
        new("MLB0101", "list a CIDR", BackendMode.FrrK8s, New, "list at least one CIDR",
            Announced(Object("IPAddressPool", "public", "addresses: []")),
            Announced(Check.Pool("public", "198.51.100.0/24"))),
        new("MLB0101", "list a range", BackendMode.FrrK8s, New, "or range (10.0.0.10-10.0.0.20)",
            Announced(Object("IPAddressPool", "public", "addresses: []")),
            Announced(Check.Pool("public", "198.51.100.10-198.51.100.20"))),
        new("MLB0102", "remove the spaces", BackendMode.FrrK8s, New, "remove the surrounding spaces",
            Announced(Check.Pool("public", " 198.51.100.0/24")),
            Announced(Check.Pool("public", "198.51.100.0/24"))),
        new("MLB0102", "single address with its prefix length", BackendMode.FrrK8s, New, "a single address needs a prefix length: 198.51.100.7/32",
            Announced(Check.Pool("public", "198.51.100.7")),
            Announced(Check.Pool("public", "198.51.100.7/32"))),
        new("MLB0102", "address/prefix-length", BackendMode.FrrK8s, New, "write address/prefix-length (10.0.0.0/24) or start-end",
            Announced(Check.Pool("public", "198.51.100.0/33")),
            Announced(Check.Pool("public", "198.51.100.0/24"))),
        new("MLB0103", "swap the ends", BackendMode.FrrK8s, New, "write it as 198.51.100.10-198.51.100.20",
            Announced(Check.Pool("public", "198.51.100.20-198.51.100.10")),
            Announced(Check.Pool("public", "198.51.100.10-198.51.100.20"))),
        new("MLB0108", "remove the repeat", BackendMode.FrrK8s, New, "remove the repeat",
            Allocation("team-a, team-b, team-a"),
            Allocation("team-a, team-b")),
        new("MLB0110", "exact namespace name", BackendMode.FrrK8s, New, "write the namespace's exact name",
            Namespace("team-a") + Allocation("Team_A"),
            Namespace("team-a") + Allocation("team-a")),
        new("MLB0111", "fix the spelling", BackendMode.FrrK8s, New, "check the spelling",
            Namespace("team-a") + Allocation("taem-a"),
            Namespace("team-a") + Allocation("team-a")),
        new("MLB0111", "create the namespace", BackendMode.FrrK8s, New, "until it is created",
            Namespace("team-a") + Allocation("team-b"),
            Namespace("team-a") + Namespace("team-b") + Allocation("team-b")),

        // BGPPeer fields
        new("MLB0201", "set myASN", BackendMode.FrrK8s, New, "set the ASN the nodes speak BGP as",
            P("peerASN: 64600\npeerAddress: 192.0.2.1"),
            P(Base)),
        new("MLB0202", "set peerASN", BackendMode.Native, New, "set the router's ASN",
            P("myASN: 64512\npeerAddress: 192.0.2.1"),
            P(Base)),
        new("MLB0202", "dynamicASN", BackendMode.FrrK8s, New, "or dynamicASN: internal|external",
            P("myASN: 64512\npeerAddress: 192.0.2.1"),
            P("myASN: 64512\ndynamicASN: external\npeerAddress: 192.0.2.1")),
        new("MLB0204", "lower case", BackendMode.FrrK8s, New, "write \"internal\" (the peer uses myASN)",
            P("myASN: 64512\ndynamicASN: Internal\npeerAddress: 192.0.2.1"),
            P("myASN: 64512\ndynamicASN: internal\npeerAddress: 192.0.2.1")),
        new("MLB0204", "peerASN instead", BackendMode.FrrK8s, New, "or set spec.peerASN instead",
            P("myASN: 64512\ndynamicASN: ebgp\npeerAddress: 192.0.2.1"),
            P(Base)),
        new("MLB0204", "peerASN in native mode", BackendMode.Native, New, "replace it with spec.peerASN",
            P("myASN: 64512\ndynamicASN: ebgp\npeerAddress: 192.0.2.1"),
            P(Base)),
        new("MLB0206", "peerAddress", BackendMode.Native, New, "the peer has no spec.peerAddress; say where the router is",
            P("myASN: 64512\npeerASN: 64600"),
            P(Base)),
        new("MLB0206", "interface", BackendMode.FrrK8s, New, "or spec.interface (unnumbered BGP)",
            P("myASN: 64512\npeerASN: 64600"),
            P("myASN: 64512\npeerASN: 64600\ninterface: eth1")),
        new("MLB0209", "hold 3s or more", BackendMode.Native, New, "a value of 3s or more",
            P($"{Base}\nholdTime: 1s"),
            P($"{Base}\nholdTime: 90s")),
        new("MLB0209", "hold 0s", BackendMode.FrrK8s, New, "use 0s",
            P($"{Base}\nholdTime: 2900ms"),
            P($"{Base}\nholdTime: 0s")),
        new("MLB0209", "keepalive at least 1s", BackendMode.FrrK8s, New, "set keepaliveTime to at least 1s",
            P($"{Base}\nkeepaliveTime: 500ms"),
            P($"{Base}\nkeepaliveTime: 1s")),
        new("MLB0209", "explicit holdTime", BackendMode.FrrK8s, New, "or set holdTime explicitly",
            P($"{Base}\nkeepaliveTime: 500ms"),
            P($"{Base}\nholdTime: 90s\nkeepaliveTime: 500ms")),
        new("MLB0209", "native: holdTime instead of keepaliveTime", BackendMode.Native, New, "remove keepaliveTime and set holdTime",
            P($"{Base}\nkeepaliveTime: 500ms"),
            P($"{Base}\nholdTime: 90s")),
        new("MLB0211", "duration with a unit", BackendMode.FrrK8s, New, "write a number with a unit, such as 90s",
            P($"{Base}\nholdTime: 90sec"),
            P($"{Base}\nholdTime: 90s")),
        new("MLB0212", "in range", BackendMode.FrrK8s, New, "pick a value in that range",
            P($"{Base}\nconnectTime: 0s"),
            P($"{Base}\nconnectTime: 120s")),
        new("MLB0212", "native: remove", BackendMode.Native, New, "native mode rejects connectTime altogether: remove it",
            P($"{Base}\nconnectTime: 0s"),
            P(Base)),
        new("MLB0213", "whole seconds", BackendMode.Frr, New, "e.g. 2s",
            P($"{Base}\nconnectTime: 1500ms"),
            P($"{Base}\nconnectTime: 2s")),
        new("MLB0213", "native: remove", BackendMode.Native, New, "native mode rejects connectTime altogether: remove it",
            P($"{Base}\nconnectTime: 1500ms"),
            P(Base)),
        new("MLB0214", "port 179", BackendMode.FrrK8s, New, "use the router's BGP port (usually 179",
            P($"{Base}\npeerPort: 20000"),
            P($"{Base}\npeerPort: 179")),
        new("MLB0214", "port unset", BackendMode.Native, New, "or leave it unset",
            P($"{Base}\npeerPort: 0"),
            P(Base)),
        new("MLB0215", "remove localASN", BackendMode.FrrK8s, New, "remove the field to present myASN",
            P($"{Base}\nlocalASN: 0"),
            P(Base)),
        new("MLB0215", "myASN instead", BackendMode.FrrK8s, New, "to present another ASN to this peer, set myASN",
            P($"{Base}\nlocalASN: 0"),
            P("myASN: 65010\npeerASN: 64600\npeerAddress: 192.0.2.1")),
        new("MLB0215", "localASN in FRR mode", BackendMode.Frr, New, "or give the ASN to present to this peer",
            P($"{Base}\nlocalASN: 0"),
            P($"{Base}\nlocalASN: 65010")),
        new("MLB0216", "IPv4 router ID", BackendMode.FrrK8s, New, "a BGP router ID is written as an IPv4 address",
            P($"{Base}\nrouterID: node-1"),
            P($"{Base}\nrouterID: 10.255.0.1")),
        new("MLB0220", "basic-auth Secret", BackendMode.FrrK8s, New, "recreate it with type: kubernetes.io/basic-auth",
            WithSecret("Opaque", "password: c2VjcmV0"),
            WithSecret("kubernetes.io/basic-auth", "password: c2VjcmV0")),
        new("MLB0221", "add data.password", BackendMode.FrrK8s, New, "MetalLB reads the BGP password from data.password, add it there",
            WithSecret("kubernetes.io/basic-auth", "username: bWV0YWxsYg=="),
            WithSecret("kubernetes.io/basic-auth", "username: bWV0YWxsYg==\n  password: c2VjcmV0")),
        new("MLB0223", "list the values", BackendMode.FrrK8s, New, "list the values to match",
            P($"{Base}\n{Timers}\nnodeSelectors: [{{matchExpressions: [{{key: rack, operator: In}}]}}]", V1),
            P($"{Base}\n{Timers}\nnodeSelectors: [{{matchExpressions: [{{key: rack, operator: In, values: [a]}}]}}]", V1)),
        new("MLB0223", "Exists at v1beta2", BackendMode.FrrK8s, New, "use apiVersion metallb.io/v1beta2",
            P($"{Base}\n{Timers}\nnodeSelectors: [{{matchExpressions: [{{key: bgp, operator: Exists}}]}}]", V1),
            P($"{Base}\n{Timers}\nnodeSelectors: [{{matchExpressions: [{{key: bgp, operator: Exists}}]}}]")),
        new("MLB0224", "v1beta2", BackendMode.FrrK8s, New, "change apiVersion to metallb.io/v1beta2",
            P($"{Base}\n{Timers}\nnodeSelectors: [{{matchLabels: {{rack: a}}}}]", V1),
            P($"{Base}\n{Timers}\nnodeSelectors: [{{matchLabels: {{rack: a}}}}]")),
        new("MLB0225", "remove disableMP", BackendMode.FrrK8s, New, "Remove it",
            P($"{Base}\ndisableMP: true"),
            P(Base)),
        new("MLB0227", "remove ebgpMultiHop", BackendMode.FrrK8s, New, "remove ebgpMultiHop",
            P("myASN: 64512\ndynamicASN: internal\npeerAddress: 192.0.2.1\nebgpMultiHop: true"),
            P("myASN: 64512\ndynamicASN: internal\npeerAddress: 192.0.2.1")),
        new("MLB0227", "dynamicASN external", BackendMode.Frr, New, "use dynamicASN external",
            P("myASN: 64512\ndynamicASN: internal\npeerAddress: 192.0.2.1\nebgpMultiHop: true"),
            P("myASN: 64512\ndynamicASN: external\npeerAddress: 192.0.2.1\nebgpMultiHop: true")),
        new("MLB0229", "set both timers", BackendMode.Frr, New, "Set holdTime: 90s and keepaliveTime: 30s",
            P(Base, V1),
            P($"{Base}\n{Timers}", V1)),
        new("MLB0229", "move to v1beta2", BackendMode.FrrK8s, New, "or move to metallb.io/v1beta2",
            P(Base, V1),
            P(Base)),
        new("MLB0229", "set keepaliveTime", BackendMode.FrrK8s, New, "Set keepaliveTime (a third of holdTime)",
            P($"{Base}\nholdTime: 60s", V1),
            P($"{Base}\nholdTime: 60s\nkeepaliveTime: 20s", V1)),
        new("MLB0229", "set holdTime", BackendMode.FrrK8s, New, "Set holdTime (three times keepaliveTime)",
            P($"{Base}\nkeepaliveTime: 30s", V1),
            P($"{Base}\n{Timers}", V1)),
        new("MLB0229", "native: holdTime only", BackendMode.Native, New, "Set holdTime: 90s (native mode rejects keepaliveTime",
            P(Base, V1),
            P($"{Base}\nholdTime: 90s", V1)),
        new("MLB0229", "native: holdTime instead of keepaliveTime", BackendMode.Native, New, "Remove keepaliveTime and set holdTime",
            P($"{Base}\nkeepaliveTime: 30s", V1),
            P($"{Base}\nholdTime: 90s", V1)),
        new("MLB0230", "interface as ip link shows it", BackendMode.FrrK8s, New, "Write the device name as `ip link` shows it",
            P("myASN: 64512\npeerASN: 64600\ninterface: \"eth1:0\""),
            P("myASN: 64512\npeerASN: 64600\ninterface: eth1")),
        new("MLB0230", "vrf as ip link shows it", BackendMode.Frr, New, "Write the device name as `ip link` shows it",
            P($"{Base}\nvrf: tenant-red-production"),
            P($"{Base}\nvrf: red")),

        // BGP advertisements
        new("MLB0306", "IPv6 length in range", BackendMode.FrrK8s, New, "no shorter than the prefixes of the IPv6 pools it advertises (a /64 pool needs 64 or more)",
            Check.Pool("v6", "2001:db8::/64") + BgpAd("ad", "aggregationLengthV6: 0"),
            Check.Pool("v6", "2001:db8::/64") + BgpAd("ad", "aggregationLengthV6: 64")),
        new("MLB0306", "leave it out", BackendMode.FrrK8s, New, "or leave it out for 128",
            Check.Pool("v6", "2001:db8::/64") + BgpAd("ad", "aggregationLengthV6: 0"),
            Check.Pool("v6", "2001:db8::/64") + BgpAd("ad")),
    ];
}
