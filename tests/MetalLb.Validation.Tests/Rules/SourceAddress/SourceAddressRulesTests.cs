using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Tests.Topology;
using static MetalLb.Validation.Tests.Topology.TopologyFixture;

namespace MetalLb.Validation.Tests.Rules.SourceAddress;

public class SourceAddressRulesTests
{
    private const string TorA = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nebgpMultiHop: true";

    [Fact]
    public void MLB0901_VipOnlyOnWorker1_PeerOnRackA_FiresForWorker2NamingOwner()
    {
        var d = Single(Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnRack("a")}"), "MLB0901");

        Assert.Equal("worker-2", d.Node);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("worker-1/lo (", d.Message, StringComparison.Ordinal);
        Assert.Contains("worker-1.ip-addr.json:", d.Message, StringComparison.Ordinal);
        Assert.Contains("doesn't exist on this host", d.Message, StringComparison.Ordinal);
        Assert.Equal("spec.sourceAddress", d.Path);
        Assert.True(d.Location.Line > 0);
    }

    [Fact]
    public void MLB0901_PinnedToOwningNode_Silent() =>
        None(Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}"), "MLB0901");

    [Fact]
    public void MLB0901_AddressNowhere_SaysSo()
    {
        var d = Single(Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.2\n{OnNode("worker-2")}"), "MLB0901", BackendMode.Frr);

        Assert.Contains("no node in the input has it", d.Message, StringComparison.Ordinal);
        Assert.Contains("Active", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0901_NodeFromNodeNetworkState_IsChecked() =>
        Assert.Equal("worker-3", Single(Peer("tor-b", $"myASN: 64512\npeerASN: 64601\npeerAddress: 10.0.1.1\nebgpMultiHop: true\nsourceAddress: 10.255.0.9\n{OnRack("b")}"), "MLB0901").Node);

    [Fact]
    public void MLB0901_FrrK8sDropsTheField_Silent() =>
        None(Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnRack("a")}"), "MLB0901", BackendMode.FrrK8s);

    [Fact]
    public void MLB0901_NoInterfaceData_NoErrorButInfo()
    {
        var yaml = Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnRack("a")}");

        Assert.Empty(Findings(yaml, "MLB0901", withInterfaces: false));
        Assert.Equal(["worker-1", "worker-2"], Findings(yaml, "MLB1001", withInterfaces: false).Select(d => d.Node));
    }

    [Fact]
    public void MLB0902_SourceInsideAutoAssignPool_Warns()
    {
        var d = Single(Check.Pool("vips", "10.255.0.0/24") + Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}"), "MLB0902");

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("auto-assigns", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0902_SourceAnnouncedByL2_Errors()
    {
        const string l2 = "apiVersion: metallb.io/v1beta1\nkind: L2Advertisement\nmetadata:\n  name: vips\n  namespace: metallb-system\nspec:\n  ipAddressPools: [vips]\n---\n";
        var d = Single(Check.Pool("vips", "10.255.0.1-10.255.0.10") + l2 + Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}"), "MLB0902");

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("ARP/NDP", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0902_SourceOutsideEveryPool_Silent() =>
        None(Check.Pool("public", "203.0.113.0/25") + Peer("tor-a", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}"), "MLB0902");

    [Fact]
    public void MLB0903_V6SourceToV4Router_Fires() =>
        Assert.Contains("IPv6", Single(Peer("tor-a", $"{TorA}\nsourceAddress: 2001:db8:0:1::11\n{OnNode("worker-1")}"), "MLB0903").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB0903_SameFamily_Silent() =>
        None(Peer("tor-a", $"myASN: 64512\npeerASN: 64600\npeerAddress: 2001:db8:0:1::1\nsourceAddress: 2001:db8:0:1::11\n{OnNode("worker-1")}"), "MLB0903");

    [Fact]
    public void MLB0904_OnePeerPerNode_Silent() =>
        None(Peer("tor-a-1", $"{TorA}\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}"), "MLB0904");

    [Fact]
    public void MLB0905_SingleHopEbgpFromLoopback_Warns()
    {
        var d = Single(Peer("tor-b", $"myASN: 64512\npeerASN: 64601\npeerAddress: 10.0.1.1\nsourceAddress: 10.255.0.3\n{OnRack("b")}"), "MLB0905");

        Assert.Equal("worker-3", d.Node);
        Assert.Contains("eth0 (10.0.1.13/24)", d.Message, StringComparison.Ordinal);
        Assert.Contains("10.0.1.13", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ebgpMultiHop: true\nsourceAddress: 10.255.0.3")]
    [InlineData("sourceAddress: 10.0.1.13")]
    public void MLB0905_MultihopOrOnLinkSource_Silent(string fix) =>
        None(Peer("tor-b", $"myASN: 64512\npeerASN: 64601\npeerAddress: 10.0.1.1\n{fix}\n{OnRack("b")}"), "MLB0905");

    [Fact]
    public void MLB0905_Ibgp_Silent() =>
        None(Peer("tor-b", $"myASN: 64512\npeerASN: 64512\npeerAddress: 10.0.1.1\nsourceAddress: 10.255.0.3\n{OnRack("b")}"), "MLB0905");

    [Fact]
    public void MLB0906_UnnumberedPeerWithSourceOnLoopback_Fires()
    {
        var d = Single(Peer("tor-a", $"myASN: 64512\npeerASN: 64600\ninterface: eth0\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}"), "MLB0906", BackendMode.Frr);

        Assert.Equal("worker-1", d.Node);
        Assert.Contains("worker-1/lo", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0906_SourceOnThePeersInterface_Silent() =>
        None(Peer("tor-a", $"myASN: 64512\npeerASN: 64600\ninterface: eth0\nsourceAddress: 10.0.0.11\n{OnNode("worker-1")}"), "MLB0906", BackendMode.Frr);
}
