using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using static MetalLb.Validation.Tests.Topology.TopologyFixture;

namespace MetalLb.Validation.Tests.Rules.Topology;

/// <summary>Configurations MetalLB accepts that cannot work as written: MLB0920, MLB0408, MLB0112, MLB0113, MLB0231, MLB0232.</summary>
public class SilentFailureRulesTests
{
    private const string Tor = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1";

    // MLB0920: a sourceAddress that is another node's InternalIP, decided from the Node objects alone.
    private static string StalePeer(string node, string source = "10.0.0.12") => Peer("tor-a", $"{Tor}\nsourceAddress: {source}\n{OnNode(node)}");

    [Fact]
    public void MLB0920_OtherNodesInternalIp_NoInterfaceData_ErrorNamingTheHolder()
    {
        var d = Assert.Single(Findings(StalePeer("worker-1"), "MLB0920", withInterfaces: false));

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("worker-1", d.Node);
        Assert.Equal("spec.sourceAddress", d.Path);
        Assert.Contains("InternalIP of node worker-2", d.Message, StringComparison.Ordinal);
        Assert.Contains("its InternalIP is 10.0.0.11", d.Message, StringComparison.Ordinal);
        Assert.Contains("doesn't exist on this host", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0920_PinnedToTheHolder_Silent() => None(StalePeer("worker-2"), "MLB0920", withInterfaces: false);

    [Fact]
    public void MLB0920_HolderAmongSeveralSelected_LeftToMLB0904() =>
        None(Peer("tor-a", $"{Tor}\nsourceAddress: 10.0.0.12\n{OnRack("a")}"), "MLB0920", withInterfaces: false);

    [Fact]
    public void MLB0920_WithInterfaceData_MLB0901ReportsIt() => None(StalePeer("worker-1"), "MLB0920");

    [Fact]
    public void MLB0920_FrrK8sDropsTheField_Silent() => None(StalePeer("worker-1"), "MLB0920", BackendMode.FrrK8s, withInterfaces: false);

    [Theory]
    [InlineData("worker-2", "10.0.0.12")]
    [InlineData("worker-1", "10.0.0.11")]
    public void MLB0920_EitherFix_ClearsIt(string node, string source) =>
        Fixed.Assert(Validate(StalePeer("worker-1"), withInterfaces: false), Validate(StalePeer(node, source), withInterfaces: false), "MLB0920");

    [Fact]
    public void MLB0901_NamesTheNodeWhoseStatusHasTheAddress()
    {
        var set = new ConfigurationLoader().AddFile(File("nodes.yaml")).AddIpAddressJsonFile("worker-1", File("worker-1.ip-addr.json"))
            .AddText(Peer("tor-b", $"myASN: 64512\npeerASN: 64601\npeerAddress: 10.0.1.1\nebgpMultiHop: true\nsourceAddress: 10.0.1.13\n{OnNode("worker-1")}"), "test.yaml").Build();

        var d = Assert.Single(new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native }).Validate(set).For("MLB0901"));
        Assert.Contains("it is in the status.addresses of node worker-3", d.Message, StringComparison.Ordinal);
    }

    // MLB0408: an L2Advertisement whose interfaces a selected node does not have.
    private static string L2(string interfaces, string node = "worker-1", string extra = "") =>
        Check.Pool("lan", "192.168.50.200-192.168.50.250")
        + Yaml.L2Ad("l2", $"ipAddressPools: [lan]\ninterfaces: [{interfaces}]\nnodeSelectors: [{{matchLabels: {{kubernetes.io/hostname: {node}}}}}]") + extra;

    [Fact]
    public void MLB0408_NoListedInterfaceOnTheNode_ErrorPerNode()
    {
        var d = Single(L2("ens3, ens4"), "MLB0408");

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("worker-1", d.Node);
        Assert.Equal("spec.interfaces", d.Path);
        Assert.Contains("it has eth0, eth1 (from", d.Message, StringComparison.Ordinal);
        Assert.Contains("announceFailed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0408_AdvertisementsSharingNodesAndInterfaces_AreEachReportedOnce()
    {
        const string Worker1 = "nodeSelectors: [{matchLabels: {kubernetes.io/hostname: worker-1}}]";
        var yaml = Check.Pool("lan", "192.168.50.200-192.168.50.250") + Check.Pool("dmz", "192.168.60.200-192.168.60.250")
            + Yaml.L2Ad("l2", $"ipAddressPools: [lan]\ninterfaces: [ens3]\n{Worker1}")
            + Yaml.L2Ad("l2-dmz", $"ipAddressPools: [dmz]\ninterfaces: [ens3]\n{Worker1}")
            + Yaml.L2Ad("l2-b", $"ipAddressPools: [lan]\ninterfaces: [ens3, ens4]\n{Worker1}")
            + Yaml.L2Ad("l2-ok", $"ipAddressPools: [dmz]\ninterfaces: [eth1]\nnodeSelectors: [{{matchLabels: {{kubernetes.io/hostname: worker-2}}}}]");

        var findings = Findings(yaml, "MLB0408");

        Assert.Equal(["l2", "l2-b", "l2-dmz"], findings.Select(d => d.Resource!.Name!).Order(StringComparer.Ordinal));
        Assert.All(findings, d => Assert.Equal("worker-1", d.Node));
    }

    [Fact]
    public void MLB0408_OneListedInterfaceExists_Silent() => None(L2("ens3, eth1"), "MLB0408");

    [Fact]
    public void MLB0408_NodeInterfacesUnknown_Silent() => None(L2("ens3"), "MLB0408", withInterfaces: false);

    [Fact]
    public void MLB0408_AnotherAdvertisementAnnouncesOnAllInterfaces_Silent() =>
        None(L2("ens3", extra: Yaml.L2Ad("all", "ipAddressPools: [lan]")), "MLB0408");

    [Fact]
    public void MLB0408_ListingTheNodesInterface_ClearsIt() => Fixed.Assert(Validate(L2("ens3")), Validate(L2("eth1")), "MLB0408");

    // MLB0113: a pool holding node or router addresses.
    private static string Lan(string addresses) =>
        Check.Pool("lan", addresses) + Yaml.L2Ad("l2", "ipAddressPools: [lan]") + Peer("tor-a", Tor) + Yaml.BgpAd("bgp", "ipAddressPools: [lan]");

    [Fact]
    public void MLB0113_PoolIsTheWholeLan_WarnsWithNodesAndRouter()
    {
        var d = Single(Lan("10.0.0.0/24"), "MLB0113");

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("spec.addresses[0]", d.Path);
        Assert.Contains("10.0.0.11 (InternalIP of node worker-1)", d.Message, StringComparison.Ordinal);
        Assert.Contains("10.0.0.12 (InternalIP of node worker-2)", d.Message, StringComparison.Ordinal);
        Assert.Contains("10.0.0.1 (the router's address, peerAddress of BGPPeer \"tor-a\")", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0113_InterfaceAddressWithoutNodeStatus_Found() =>
        Assert.Contains("192.168.50.2 (assigned on worker-1/eth1)", Single(Lan("192.168.50.0/28"), "MLB0113").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB0113_RangeBesideTheNodes_Silent() => None(Lan("10.0.0.200-10.0.0.250"), "MLB0113");

    [Fact]
    public void MLB0113_NarrowingTheRange_ClearsIt() => Fixed.Assert(Validate(Lan("10.0.0.0/24")), Validate(Lan("10.0.0.200-10.0.0.250")), "MLB0113");

    [Fact]
    public void MLB0113_KubeIpvsAddresses_AreMetalLbsOwn_Silent()
    {
        const string ipvs = """[{"ifname":"kube-ipvs0","link_type":"ether","flags":["BROADCAST","NOARP"],"addr_info":[{"family":"inet","local":"198.51.100.10","prefixlen":32}]}]""";
        var set = new ConfigurationLoader().AddFile(File("nodes.yaml")).AddIpAddressJson("worker-1", ipvs)
            .AddText(Check.Pool("svc", "198.51.100.0/24") + Yaml.L2Ad("l2", "ipAddressPools: [svc]"), "test.yaml").Build();

        Assert.Empty(new MetalLbValidator().Validate(set).For("MLB0113"));
    }

    [Fact]
    public void MLB0113_SourceAddressInPool_LeftToMLB0902()
    {
        var yaml = Check.Pool("vips", "10.255.0.0/24") + Yaml.BgpAd("bgp", "ipAddressPools: [vips]") + Peer("tor-a", $"{Tor}\nebgpMultiHop: true\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}");

        Assert.Contains(Validate(yaml).Diagnostics, d => d.RuleId == "MLB0902");
        Assert.DoesNotContain("10.255.0.1 ", string.Join("\n", Findings(yaml, "MLB0113").Select(d => d.Message)), StringComparison.Ordinal);
    }

    // MLB0112: an auto-assign pool nothing announces.
    [Fact]
    public void MLB0112_AutoAssignPoolWithoutAdvertisement_Warns()
    {
        var d = Check.Single(Check.Pool("p", "198.51.100.0/24"), "MLB0112");

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("no L2Advertisement or BGPAdvertisement at all", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0112_OtherPoolAdvertised_NamesWhy() =>
        Assert.Contains("no L2Advertisement or BGPAdvertisement selects it", Check.Single(Check.Pool("p", "198.51.100.0/24") + Check.Pool("q", "198.51.101.0/24") + Yaml.L2Ad("l2", "ipAddressPools: [q]"), "MLB0112").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("ipAddressPools: [p]")]
    [InlineData("{}")]
    public void MLB0112_Advertised_Silent(string spec) => Check.None(Check.Pool("p", "198.51.100.0/24") + Yaml.L2Ad("l2", spec), "MLB0112");

    [Fact]
    public void MLB0112_NotAutoAssign_Silent() =>
        Check.None(Yaml.Object("IPAddressPool", "p", "addresses: [198.51.100.0/24]\nautoAssign: false"), "MLB0112");

    [Fact]
    public void MLB0112_AddingTheAdvertisement_ClearsIt() =>
        Fixed.Assert(Check.Yaml(Check.Pool("p", "198.51.100.0/24")), Check.Yaml(Check.Pool("p", "198.51.100.0/24") + Yaml.L2Ad("l2", "ipAddressPools: [p]")), "MLB0112");

    // MLB0231: iBGP with routerID = the router's address.
    private static string Ibgp(string extra) => Check.Peer("tor", $"myASN: 64512\npeerASN: 64512\npeerAddress: 10.0.0.1{extra}");

    [Fact]
    public void MLB0231_IbgpRouterIdIsTheRouter_Warns()
    {
        var d = Check.Single(Ibgp("\nrouterID: 10.0.0.1"), "MLB0231");

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("spec.routerID", d.Path);
        Assert.Contains("Bad BGP Identifier", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0231_DynamicInternal_Warns() =>
        Check.Single(Check.Peer("tor", "myASN: 64512\ndynamicASN: internal\npeerAddress: 10.0.0.1\nrouterID: 10.0.0.1"), "MLB0231");

    [Theory]
    [InlineData("myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nrouterID: 10.0.0.1")]
    [InlineData("myASN: 64512\npeerASN: 64512\npeerAddress: 10.0.0.1\nrouterID: 10.0.0.11")]
    public void MLB0231_EbgpOrOtherId_Silent(string spec) => Check.None(Check.Peer("tor", spec), "MLB0231");

    [Theory]
    [InlineData("native")]
    [InlineData("frr")]
    public void MLB0231_RemovingTheRouterId_ClearsIt(string mode)
    {
        var options = new ValidationOptions { Mode = mode == "frr" ? BackendMode.Frr : BackendMode.Native };
        Fixed.Assert(Check.Yaml(Ibgp("\nrouterID: 10.0.0.1"), options), Check.Yaml(Ibgp(string.Empty), options), "MLB0231");
    }

    // MLB0232: BGPPeers and no BGPAdvertisement.
    private static readonly string PoolAndL2 = Check.Pool("p", "198.51.100.0/24") + Yaml.L2Ad("l2", "ipAddressPools: [p]");

    [Fact]
    public void MLB0232_PeerWithoutAnyBgpAdvertisement_Warns()
    {
        var d = Check.Single(PoolAndL2 + Peer("tor", Tor), "MLB0232", Yaml.Native);

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("session to 10.0.0.1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0232_FrrK8s_IsInfo() =>
        Assert.Equal(DiagnosticSeverity.Info, Check.Single(PoolAndL2 + Peer("tor", Tor), "MLB0232", Yaml.FrrK8s).Severity);

    [Fact]
    public void MLB0232_WithBgpAdvertisement_Silent() => Check.None(PoolAndL2 + Peer("tor", Tor) + Yaml.BgpAd("bgp", "ipAddressPools: [p]"), "MLB0232");

    [Fact]
    public void MLB0232_AddingABgpAdvertisement_ClearsIt() =>
        Fixed.Assert(Check.Yaml(PoolAndL2 + Peer("tor", Tor), Yaml.Native), Check.Yaml(PoolAndL2 + Peer("tor", Tor) + Yaml.BgpAd("bgp", "ipAddressPools: [p]"), Yaml.Native), "MLB0232");
}
