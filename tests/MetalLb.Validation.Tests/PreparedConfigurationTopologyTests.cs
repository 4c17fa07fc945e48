using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Rules;
using MetalLb.Validation.Tests.Topology;

namespace MetalLb.Validation.Tests;

/// <summary>
/// Incremental runs skip rules, check only the objects in scope and focus the per-node view on the changed objects'
/// nodes; none of that may lose a finding. Each object of a configuration full of per-node problems is applied again
/// (a fresh copy, as an admission request brings it) and must get every finding a full run gives it.
/// </summary>
public class PreparedConfigurationTopologyTests
{
    // worker-1 and worker-2 are rack a, worker-3 and worker-4 rack b; worker-4 has no interface data. worker-5 and
    // worker-6 (rack d) share an anycast loopback.
    private const string Cluster = """
        apiVersion: v1
        kind: Node
        metadata: {name: worker-4, labels: {kubernetes.io/hostname: worker-4, rack: b}}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: worker-5, labels: {kubernetes.io/hostname: worker-5, rack: d}}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: worker-6, labels: {kubernetes.io/hostname: worker-6, rack: d}}
        ---
        apiVersion: nmstate.io/v1beta1
        kind: NodeNetworkState
        metadata: {name: worker-5}
        status: {currentState: {interfaces: [{name: lo, type: loopback, state: up, ipv4: {address: [{ip: 10.255.0.9, prefix-length: 32}]}}, {name: eth0, type: ethernet, state: up, ipv4: {address: [{ip: 10.0.3.15, prefix-length: 24}]}}]}}
        ---
        apiVersion: nmstate.io/v1beta1
        kind: NodeNetworkState
        metadata: {name: worker-6}
        status: {currentState: {interfaces: [{name: lo, type: loopback, state: up, ipv4: {address: [{ip: 10.255.0.9, prefix-length: 32}]}}, {name: eth0, type: ethernet, state: up, ipv4: {address: [{ip: 10.0.3.16, prefix-length: 24}]}}]}}
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: anycast-d, namespace: metallb-system}
        spec: {myASN: 64512, peerASN: 65004, peerAddress: 10.0.3.1, ebgpMultiHop: true, sourceAddress: 10.255.0.9, nodeSelectors: [{matchLabels: {rack: d}}]}
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: services, namespace: metallb-system}
        spec: {addresses: [10.0.0.8/29, 192.0.2.0/24]}
        ---
        apiVersion: metallb.io/v1beta1
        kind: L2Advertisement
        metadata: {name: l2, namespace: metallb-system}
        spec: {ipAddressPools: [services]}
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: tor-a, namespace: metallb-system}
        spec: {myASN: 64512, peerASN: 65001, peerAddress: 10.0.0.1, routerID: 10.9.9.9, nodeSelectors: [{matchLabels: {rack: a}}]}
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: tor-a-vip, namespace: metallb-system}
        spec: {myASN: 64512, peerASN: 65001, peerAddress: 10.0.0.1, sourceAddress: 10.0.0.11, nodeSelectors: [{matchLabels: {rack: a}}]}
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: core-3, namespace: metallb-system}
        spec: {myASN: 64513, peerASN: 65100, peerAddress: 172.16.3.1, sourceAddress: 172.16.3.2, nodeSelectors: [{matchLabels: {kubernetes.io/hostname: worker-3}}]}
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: tor-b, namespace: metallb-system}
        spec: {myASN: 64512, peerASN: 65002, peerAddress: 10.0.1.1, routerID: 10.9.9.9, nodeSelectors: [{matchLabels: {rack: b}}]}
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata: {name: nowhere, namespace: metallb-system}
        spec: {myASN: 64512, peerASN: 65003, peerAddress: 10.0.2.1, nodeSelectors: [{matchLabels: {rack: c}}]}
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata: {name: rack-b-to-tor-a, namespace: metallb-system}
        spec: {ipAddressPools: [services], peers: [tor-a], nodeSelectors: [{matchLabels: {rack: b}}]}
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata: {name: preferred, namespace: metallb-system}
        spec: {ipAddressPools: [services], localPref: 200}
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata: {name: backup, namespace: metallb-system}
        spec: {ipAddressPools: [services], localPref: 100, nodeSelectors: [{matchLabels: {rack: a}}]}
        """;

    public static TheoryData<BackendMode> Modes => [BackendMode.Native, BackendMode.Frr, BackendMode.FrrK8s];

    [Fact]
    public void TheClusterHasTheProblemsThisTestIsAbout()
    {
        var found = Validate(BackendMode.Frr).Select(d => d.RuleId).ToHashSet();

        Assert.Superset(new HashSet<string> { "MLB0820", "MLB0822", "MLB0824", "MLB0901", "MLB0902", "MLB0904", "MLB0309", "MLB1001", "MLB1002", "MLB1003", "MLB1004", "MLB1005" }, found);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void EachReappliedObject_GetsEveryFindingOfAFullRun(BackendMode mode)
    {
        var validator = new MetalLbValidator(new ValidationOptions { Mode = mode });
        var snapshot = TopologyFixture.Load(Cluster);
        var prepared = validator.Prepare(snapshot);
        var incrementalRules = validator.Catalog.Rules.Where(r => r is IIncrementalRule).Select(r => r.Descriptor.Id).ToHashSet();

        foreach (var original in snapshot.Objects.Where(o => o is not KubernetesNode and not NodeNetworkState))
        {
            var copy = TopologyFixture.Load(Cluster).Objects.Single(o => o.Kind == original.Kind && o.Name == original.Name);
            var full = Describe(validator.Validate(snapshot).Diagnostics.Where(d => d.Resource == original.Ref));
            var incremental = Describe(prepared.Validate(copy).Diagnostics);

            Assert.True(full.IsSubsetOf(incremental), $"{original.Ref} in {mode}: missing {string.Join("; ", full.Except(incremental))}");
            Assert.All(incremental.Except(full), extra => Assert.Contains(extra.Split(' ')[0], incrementalRules));
        }
    }

    private static IReadOnlyList<Diagnostic> Validate(BackendMode mode) =>
        new MetalLbValidator(new ValidationOptions { Mode = mode }).Validate(TopologyFixture.Load(Cluster)).Diagnostics;

    private static HashSet<string> Describe(IEnumerable<Diagnostic> findings) =>
        findings.Select(d => $"{d.RuleId} {d.Path} {d.Node} {d.Message}").ToHashSet();
}
