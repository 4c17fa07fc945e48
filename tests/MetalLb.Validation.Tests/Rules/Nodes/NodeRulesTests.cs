using MetalLb.Validation.Diagnostics;
using static MetalLb.Validation.Tests.Topology.TopologyFixture;

namespace MetalLb.Validation.Tests.Rules.Nodes;

public class NodeRulesTests
{
    private const string TorA = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nebgpMultiHop: true";

    private const string AdvertiseAll = "apiVersion: metallb.io/v1beta1\nkind: BGPAdvertisement\nmetadata:\n  name: all\n  namespace: metallb-system\nspec: {}\n---\n";

    [Fact]
    public void MLB1001_OncePerNode_EvenWithTwoSourcedPeers()
    {
        var yaml = Peer("a", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}") + Peer("b", $"myASN: 64512\npeerASN: 64601\npeerAddress: 10.0.9.1\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}");

        var d = Assert.Single(Findings(yaml, "MLB1001", withInterfaces: false));
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Contains("a, b", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB1001_InterfacesKnown_Silent() =>
        None(Peer("a", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}"), "MLB1001");

    [Fact]
    public void MLB1002_TwoSourcesToOneRouterOnOneNode_Warns()
    {
        var yaml = Peer("vip", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}") + Peer("plain", $"{TorA}\n{OnRack("a")}");

        var d = Single(yaml, "MLB1002");
        Assert.Equal("worker-1", d.Node);
        Assert.Contains("from 10.255.0.1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB1002_DisjointNodes_Silent() =>
        None(Peer("vip", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}") + Peer("plain", $"{TorA}\n{OnNode("worker-2")}"), "MLB1002");

    [Fact]
    public void MLB1003_SelectorMatchesNoNode_Warns() =>
        Assert.Contains("rack=c", Single(Peer("p", $"{TorA}\n{OnRack("c")}"), "MLB1003").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB1003_SelectorMatches_Silent() => None(Peer("p", $"{TorA}\n{OnRack("b")}"), "MLB1003");

    [Fact]
    public void MLB1003_NoNodesKnown_Silent() => Check.None(Peer("p", $"{TorA}\n{OnRack("c")}"), "MLB1003");

    [Fact]
    public void MLB1004_AdvertisementOnNodesWithoutPeer_WarnsPerNode()
    {
        var yaml = Check.Pool("public", "203.0.113.0/25") + AdvertiseAll + Peer("p", $"{TorA}\n{OnNode("worker-1")}");

        Assert.Equal(["worker-2", "worker-3"], Findings(yaml, "MLB1004").Select(d => d.Node).Order());
    }

    [Fact]
    public void MLB1004_AdvertisementRestrictedToPeeringNodes_Silent()
    {
        const string ad = "apiVersion: metallb.io/v1beta1\nkind: BGPAdvertisement\nmetadata:\n  name: a\n  namespace: metallb-system\nspec:\n  nodeSelectors:\n  - matchLabels: {kubernetes.io/hostname: worker-1}\n---\n";

        None(Check.Pool("public", "203.0.113.0/25") + ad + Peer("p", $"{TorA}\n{OnNode("worker-1")}"), "MLB1004");
    }

    [Fact]
    public void MLB1004_NamedPeerNotOnNode_Warns()
    {
        const string ad = "apiVersion: metallb.io/v1beta1\nkind: BGPAdvertisement\nmetadata:\n  name: a\n  namespace: metallb-system\nspec:\n  peers: [other]\n  nodeSelectors:\n  - matchLabels: {kubernetes.io/hostname: worker-1}\n---\n";

        Assert.Contains("spec.peers (other)", Single(Check.Pool("public", "203.0.113.0/25") + ad + Peer("p", $"{TorA}\n{OnNode("worker-1")}"), "MLB1004").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB1005_OneRouterIdOnTwoNodes_WarnsForEach() =>
        Assert.Equal(["worker-1", "worker-2"], Findings(Peer("p", $"{TorA}\nrouterID: 10.0.0.100\n{OnRack("a")}"), "MLB1005").Select(d => d.Node).Order());

    [Fact]
    public void MLB1005_RouterIdIsAnotherNodesAddress_Warns() =>
        Assert.Contains("an address of node worker-2", Single(Peer("p", $"{TorA}\nrouterID: 10.0.0.12\n{OnNode("worker-1")}"), "MLB1005").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB1005_RouterIdPerNode_Silent() =>
        None(Peer("p1", $"{TorA}\nrouterID: 10.0.0.11\n{OnNode("worker-1")}") + Peer("p2", $"{TorA}\nrouterID: 10.0.0.12\n{OnNode("worker-2")}"), "MLB1005");

    [Fact]
    public void MLB1005_FrrUpTo0153_AdvisesOnlyUnsettingRouterId()
    {
        var report = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr, MetalLbVersion = new Version(0, 15, 3) }).Validate(Load(Peer("p", $"{TorA}\nrouterID: 10.0.0.100\n{OnRack("a")}")));

        Assert.All(report.For("MLB1005"), d => Assert.DoesNotContain("its own BGPPeer", d.Message, StringComparison.Ordinal));
        Assert.NotEmpty(report.For("MLB1005"));
    }

    [Fact]
    public void MLB1002_FrrUpTo0153_DoesNotAdviseDisjointPeers()
    {
        var yaml = Peer("vip", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}") + Peer("plain", $"{TorA}\n{OnRack("a")}");
        var report = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr, MetalLbVersion = new Version(0, 15, 3) }).Validate(Load(yaml));

        Assert.Contains("keep one BGPPeer for this router", Assert.Single(report.For("MLB1002")).Message, StringComparison.Ordinal);
    }
}
