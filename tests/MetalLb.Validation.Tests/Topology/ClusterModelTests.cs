using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Topology;
using static MetalLb.Validation.Tests.Topology.TopologyFixture;

namespace MetalLb.Validation.Tests.Topology;

public class ClusterModelTests
{
    private const string Pools = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: public, namespace: metallb-system, labels: {exposure: internet}}
        spec: {addresses: [203.0.113.0/25]}
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: office, namespace: metallb-system}
        spec: {addresses: [192.168.50.100-192.168.50.150]}
        ---

        """;

    [Fact]
    public void Sessions_CarryEveryParameter_ButOnlyThePasswordsPresence()
    {
        var yaml = Peer("tor", $"myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nsourceAddress: 10.255.0.1\npeerPort: 1179\nvrf: red\nrouterID: 10.0.0.11\nbfdProfile: fast\nholdTime: 90s\nkeepaliveTime: 30s\npassword: s3cret-value\n{OnNode("worker-1")}");

        var topology = TopologyFixture.Model(Load(yaml), BackendMode.Frr);

        var s = Assert.Single(topology.Node("worker-1")!.Sessions);
        Assert.Equal((1179L, "red", "10.255.0.1", 64512u, 64600u, "10.0.0.11", "fast", "90s", "30s", true), (s.Port, s.Vrf, s.SourceAddress?.ToString(), s.MyAsn, s.PeerAsn, s.RouterId?.ToString(), s.BfdProfile, s.HoldTime, s.KeepaliveTime, s.HasPassword));
        Assert.True(s.IsExternal);
        Assert.Empty(topology.Node("worker-2")!.Sessions);
        Assert.DoesNotContain("s3cret", s.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Port_DefaultsTo179() =>
        Assert.Equal(179, TopologyFixture.Model(Load(Peer("tor", "myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.1")), BackendMode.Native).Nodes[0].Sessions[0].Port);

    [Fact]
    public void FrrK8s_DropsTheSourceAddress_AndSaysSo()
    {
        var s = TopologyFixture.Model(Load(Peer("tor", $"myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.1\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}")), BackendMode.FrrK8s).Node("worker-1")!.Sessions[0];

        Assert.Null(s.SourceAddress);
        Assert.True(s.SourceAddressDropped);
    }

    [Fact]
    public void FrrK8s_DropsLocalAsn_FrrKeepsIt()
    {
        var set = Load(Peer("tor", $"myASN: 64512\npeerASN: 64600\nlocalASN: 64999\npeerAddress: 10.0.0.1\n{OnNode("worker-1")}"));

        var dropped = TopologyFixture.Model(set, BackendMode.FrrK8s).Node("worker-1")!.Sessions[0];
        var kept = TopologyFixture.Model(set, BackendMode.Frr).Node("worker-1")!.Sessions[0];

        Assert.Equal((null, true), (dropped.LocalAsn, dropped.LocalAsnDropped));
        Assert.Equal((64999u, false), (kept.LocalAsn, kept.LocalAsnDropped));
    }

    [Theory]
    [InlineData("{}", "office,public")]
    [InlineData("{ipAddressPools: [office]}", "office")]
    [InlineData("{ipAddressPoolSelectors: [{matchLabels: {exposure: internet}}]}", "public")]
    [InlineData("{ipAddressPools: [office], ipAddressPoolSelectors: [{matchLabels: {exposure: internet}}]}", "office,public")]
    public void BgpAdvertisement_SelectsPoolsByNameOrLabel_NeitherMeansAll(string spec, string expected)
    {
        var yaml = Pools + $"apiVersion: metallb.io/v1beta1\nkind: BGPAdvertisement\nmetadata: {{name: ad, namespace: metallb-system}}\nspec: {spec}\n";

        var pools = TopologyFixture.Model(Load(yaml), BackendMode.Frr).Node("worker-3")!.Announcements.Select(a => a.Pool.Name).Order();

        Assert.Equal(expected, string.Join(",", pools));
    }

    [Fact]
    public void L2Advertisement_OnSelectedNodes_WithInterfaces()
    {
        var yaml = Pools + "apiVersion: metallb.io/v1beta1\nkind: L2Advertisement\nmetadata: {name: l2, namespace: metallb-system}\nspec: {ipAddressPools: [office], interfaces: [eth1], nodeSelectors: [{matchLabels: {rack: a}}]}\n";

        var topology = TopologyFixture.Model(Load(yaml), BackendMode.Frr);

        var a = Assert.Single(topology.Node("worker-1")!.Announcements);
        Assert.Equal((AnnouncementProtocol.L2, "eth1"), (a.Protocol, a.Interfaces[0]));
        Assert.Empty(topology.Node("worker-3")!.Announcements);
    }

    [Fact]
    public void Ownership_IsIndexedAcrossSources()
    {
        var topology = TopologyFixture.Model(Load(string.Empty), BackendMode.Frr);

        Assert.Equal("worker-1/lo", Assert.Single(topology.Owners(System.Net.IPAddress.Parse("10.255.0.1"))).ToString());
        Assert.Equal("worker-3/lo", Assert.Single(topology.Owners(System.Net.IPAddress.Parse("10.255.0.3"))).ToString());
        Assert.Equal("eth0", topology.Node("worker-2")!.OnLinkWith(System.Net.IPAddress.Parse("10.0.0.1")).Single().Interface.Name);
    }

    [Fact]
    public void NodeKnownOnlyFromInterfaceData_GetsTheHostnameLabel()
    {
        var set = new MetalLb.Validation.Loading.ConfigurationLoader()
            .AddIpAddressJsonFile("worker-1", File("worker-1.ip-addr.json"))
            .AddText(Peer("p", $"myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.1\n{OnNode("worker-1")}"))
            .Build();

        var node = Assert.Single(TopologyFixture.Model(set, BackendMode.Native).Nodes);
        Assert.Null(node.Node);
        Assert.Single(node.Sessions);
    }

    [Fact]
    public void Explain_UsesTheRunsPairBudget_AsTheRulesDo()
    {
        var set = Load(Peer("tor", "myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.1"));
        var options = new ValidationOptions { Mode = BackendMode.Native, MaxNodeObjectPairs = 2 };
        var report = new MetalLbValidator(options).Validate(set);

        var explanation = new TopologyExplanation(set, report);

        Assert.Contains(report.Diagnostics, d => d.RuleId == MetalLbRules.TopologyTooLarge.Id);
        Assert.True(explanation.Topology.IsOverBudget);
        Assert.Empty(explanation.Nodes);
    }

    [Fact]
    public void Explain_SeesOnlyWhatMetalLbReads()
    {
        var other = Peer("other", "myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.2").Replace("namespace: metallb-system", "namespace: elsewhere", StringComparison.Ordinal);
        var set = Load(Pools + Peer("tor", "myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.1") + "\n---\n" + other);
        var report = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native }).Validate(set);

        var explanation = new TopologyExplanation(set, report);

        Assert.Equal("metallb-system", report.Namespace!.Name);
        Assert.All(explanation.Nodes, n => Assert.Equal("tor", Assert.Single(n.Sessions).Peer.Name));
    }
}
