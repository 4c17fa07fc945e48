using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Topology;
using MetalLb.Validation.Tests.Topology;
using static MetalLb.Validation.Tests.Topology.TopologyFixture;

namespace MetalLb.Validation.Tests.Rules.Topology;

/// <summary>Nodes known only from interface data, and interface data naming no Node object (MLB1008).</summary>
public class ClusterNodesRulesTests
{
    private const string Tor = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1";

    /// <summary>worker-1 and worker-2 from 'ip -j address show' only: no Node objects.</summary>
    private static ConfigurationSet InterfacesOnly(string yaml) => new ConfigurationLoader()
        .AddIpAddressJsonFile("worker-1", File("worker-1.ip-addr.json"))
        .AddIpAddressJsonFile("worker-2", File("worker-2.ip-addr.json"))
        .AddText(yaml, "test.yaml")
        .Build();

    private static ValidationReport Frr(ConfigurationSet set) => new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr }).Validate(set);

    [Fact]
    public void InterfaceOnlyNodes_PerNodePeersToOneRouter_MLB0822Silent_WhileMLB0901MatchesByHostname()
    {
        // One peer per node, as MLB0901 advises; the second binds to an address worker-2 does not have.
        var report = Frr(InterfacesOnly(Peer("tor-w1", $"{Tor}\nsourceAddress: 10.0.0.11\n{OnNode("worker-1")}") + Peer("tor-w2", $"{Tor}\nsourceAddress: 10.0.0.99\n{OnNode("worker-2")}")));

        Assert.Empty(report.For("MLB0822"));
        Assert.Equal("worker-2", Assert.Single(report.For("MLB0901")).Node);
    }

    [Fact]
    public void InterfaceOnlyNodes_TwoPeersOnOneNode_MLB0822NamesTheNode_AssumesNothing()
    {
        var d = Assert.Single(Frr(InterfacesOnly(Peer("a", $"{Tor}\n{OnNode("worker-1")}") + Peer("b", $"{Tor}\nholdTime: 30s\n{OnNode("worker-1")}"))).For("MLB0822"));

        Assert.Equal("worker-1", d.Node);
        Assert.Contains("both select node \"worker-1\"", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("assumes", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoNodeKnownAtAll_MLB0822StillAssumesACommonNode() =>
        Assert.Contains("conservatively assumes", Check.Single(Peer("a", $"{Tor}\n{OnNode("worker-1")}") + Peer("b", $"{Tor}\n{OnNode("worker-2")}"), "MLB0822", new ValidationOptions { Mode = BackendMode.Frr }).Message, StringComparison.Ordinal);

    [Fact]
    public void InterfaceOnlyNodes_LocalPrefDecidedOnThem_NotLeftAsUnknown()
    {
        var yaml = Check.Pool("p", "198.51.100.0/24")
            + Yaml.BgpAd("a", "localPref: 100\nnodeSelectors: [{matchLabels: {kubernetes.io/hostname: worker-1}}]")
            + Yaml.BgpAd("b", "localPref: 200\nnodeSelectors: [{matchLabels: {kubernetes.io/hostname: worker-2}}]");

        var report = Frr(InterfacesOnly(yaml));

        Assert.Empty(report.For("MLB0309"));
        Assert.Empty(report.For("MLB0310"));
    }

    private static ConfigurationSet WithNodes(string ipAddrNode) => new ConfigurationLoader()
        .AddFile(File("nodes.yaml"))
        .AddIpAddressJsonFile(ipAddrNode, File("worker-1.ip-addr.json"))
        .AddText(Peer("tor-a", $"{Tor}\nebgpMultiHop: true\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}"), "test.yaml")
        .Build();

    private static ValidationReport Native(ConfigurationSet set) => new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native }).Validate(set);

    [Fact]
    public void MLB1008_IpAddrNameMatchesNoNode_ErrorNamingTheClosest()
    {
        var report = Native(WithNodes("wrker-1"));

        var d = Assert.Single(report.For("MLB1008"));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("wrker-1", d.Node);
        Assert.Contains("did you mean 'worker-1'?", d.Message, StringComparison.Ordinal);
        Assert.Contains("'--ip-addr worker-1=FILE'", d.Message, StringComparison.Ordinal);
        // The misnamed data describes no node: no phantom node with sessions or findings of its own.
        Assert.DoesNotContain(report.Diagnostics, x => x.Node == "wrker-1" && x.RuleId != "MLB1008");
        Assert.DoesNotContain("wrker-1", TopologyFixture.Model(WithNodes("wrker-1"), BackendMode.Native).Nodes.Select(n => n.Name));
    }

    [Fact]
    public void MLB1008_NameMatches_Silent() => Assert.Empty(Native(WithNodes("worker-1")).For("MLB1008"));

    [Fact]
    public void MLB1008_FollowingTheAdvice_ClearsIt() => Fixed.Assert(Native(WithNodes("wrker-1")), Native(WithNodes("worker-1")), "MLB1008");

    [Fact]
    public void MLB1008_WithoutNodeObjects_Silent() => Assert.Empty(Native(InterfacesOnly(Peer("p", Tor))).For("MLB1008"));

    [Fact]
    public void MLB1008_NodeNetworkStateNamedWrong_SaysToRenameIt()
    {
        var nns = System.IO.File.ReadAllText(File("worker-3.nns.yaml")).Replace("name: worker-3", "name: worker-03", StringComparison.Ordinal);
        var set = new ConfigurationLoader().AddFile(File("nodes.yaml")).AddText(nns, "nns.yaml").Build();

        var d = Assert.Single(Native(set).For("MLB1008"));
        Assert.Contains("did you mean 'worker-3'?", d.Message, StringComparison.Ordinal);
        Assert.Contains("metadata.name", d.Message, StringComparison.Ordinal);
        Assert.Equal("nns.yaml", d.Location.File);
    }
}
