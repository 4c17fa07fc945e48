using MetalLb.Validation.Diagnostics;
using static MetalLb.Validation.Tests.Topology.LinkFixture;

namespace MetalLb.Validation.Tests.Rules.SourceAddress;

/// <summary>sourceAddress against the node's links: connected check, shared sources, families, link-local, unusable interfaces.</summary>
public class LinkTopologyTests
{
    private const string Ebgp = "myASN: 64512\npeerASN: 64601\npeerAddress: 10.0.1.1";

    private static readonly Dictionary<string, string[]> KubeVip = new()
    {
        ["cp-1"] = [Link("lo", true, "127.0.0.1/8", "10.255.0.3/32"), Link("eth0", true, "10.0.1.13/24", "10.0.1.50/32")],
    };

    private static string OnNode(string node) => $"nodeSelectors:\n- matchLabels:\n    kubernetes.io/hostname: {node}";

    private static string PeerYaml(string name, string spec) => Check.Peer(name, spec);

    private static List<Diagnostic> Of(ValidationReport report, string id) => report.For(id).ToList();

    /// <summary>After a fix, the finding is gone and no error and no finding of the family is new.</summary>
    private static void Fixed(ValidationReport before, ValidationReport after, string id, string family = "MLB09")
    {
        Assert.NotEmpty(before.For(id));
        Assert.Empty(after.For(id));
        var known = ErrorsAnd(before, family).Select(d => (d.RuleId, d.Node)).ToHashSet();
        var added = ErrorsAnd(after, family).Where(d => !known.Contains((d.RuleId, d.Node))).ToList();
        Assert.True(added.Count == 0, $"new findings after the fix:\n{string.Join("\n", added)}");
    }

    [Theory]
    [InlineData(BackendMode.Native)]
    [InlineData(BackendMode.Frr)]
    public void MLB0905_KubeVipSlash32OnLanInterface_Silent(BackendMode mode) =>
        Assert.Empty(Of(Validate(Node("cp-1") + PeerYaml("tor", $"{Ebgp}\nsourceAddress: 10.0.1.50\n{OnNode("cp-1")}"), KubeVip, mode), "MLB0905"));

    [Fact]
    public void MLB0905_VipInsideLanSubnetButOnLo_Silent()
    {
        var links = new Dictionary<string, string[]> { ["cp-1"] = [Link("lo", true, "10.0.1.50/32"), Link("eth0", true, "10.0.1.13/24")] };

        Assert.Empty(Of(Validate(Node("cp-1") + PeerYaml("tor", $"{Ebgp}\nsourceAddress: 10.0.1.50\n{OnNode("cp-1")}"), links), "MLB0905"));
    }

    [Theory]
    [InlineData(BackendMode.Native, "only the router has to change")]
    [InlineData(BackendMode.Frr, "disable-connected-check")]
    public void MLB0905_LoopbackOutsideLan_WarnsWithoutAdvisingToDropTheVip(BackendMode mode, string says)
    {
        var d = Assert.Single(Of(Validate(Node("cp-1") + PeerYaml("tor", $"{Ebgp}\nsourceAddress: 10.255.0.3\n{OnNode("cp-1")}"), KubeVip, mode), "MLB0905"));

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("cp-1", d.Node);
        Assert.Contains("eth0 (10.0.1.13/24)", d.Message, StringComparison.Ordinal);
        Assert.Contains("ebgpMultiHop: true", d.Message, StringComparison.Ordinal);
        Assert.Contains("10.0.1.0/24", d.Message, StringComparison.Ordinal);
        Assert.Contains(says, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("source the session from 10.0.1.13", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BackendMode.Native, "ebgpMultiHop: true\nsourceAddress: 10.255.0.3")]
    [InlineData(BackendMode.Frr, "ebgpMultiHop: true\nsourceAddress: 10.255.0.3")]
    [InlineData(BackendMode.Native, "sourceAddress: 10.0.1.50")]
    [InlineData(BackendMode.Frr, "sourceAddress: 10.0.1.50")]
    public void MLB0905_EitherAdvisedFix_RemovesItWithoutNewFindings(BackendMode mode, string fix)
    {
        var before = Validate(Node("cp-1") + PeerYaml("tor", $"{Ebgp}\nsourceAddress: 10.255.0.3\n{OnNode("cp-1")}"), KubeVip, mode);
        var after = Validate(Node("cp-1") + PeerYaml("tor", $"{Ebgp}\n{fix}\n{OnNode("cp-1")}"), KubeVip, mode);

        Fixed(before, after, "MLB0905");
    }

    [Fact]
    public void MLB0905_FrrRouterOnNoSubnetOfTheNode_SaysTheNodesFrrWaitsToo()
    {
        var links = new Dictionary<string, string[]> { ["cp-1"] = [Link("lo", true, "10.255.0.3/32"), Link("eth0", true, "10.0.9.13/24")] };

        var d = Assert.Single(Of(Validate(Node("cp-1") + PeerYaml("tor", $"{Ebgp}\nsourceAddress: 10.255.0.3\n{OnNode("cp-1")}"), links, BackendMode.Frr), "MLB0905"));

        Assert.Contains("shares no subnet", d.Message, StringComparison.Ordinal);
        Assert.Contains("the node's own FRR", d.Message, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, string[]> Anycast = new()
    {
        ["worker-1"] = [Link("lo", true, "10.255.0.9/32"), Link("eth0", true, "10.0.0.11/24")],
        ["worker-2"] = [Link("lo", true, "10.255.0.9/32"), Link("eth0", true, "10.0.0.12/24")],
    };

    private const string TorA = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1";

    [Theory]
    [InlineData(BackendMode.Native)]
    [InlineData(BackendMode.Frr)]
    public void MLB0904_AnycastSourceOnEveryNode_Errors(BackendMode mode)
    {
        var d = Assert.Single(Of(Validate(Node("worker-1") + Node("worker-2") + PeerYaml("tor-a", $"{TorA}\nsourceAddress: 10.255.0.9"), Anycast, mode), "MLB0904"));

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("spec", d.Path);
        Assert.Contains("worker-1, worker-2", d.Message, StringComparison.Ordinal);
        Assert.Contains("at most one of these sessions establishes", d.Message, StringComparison.Ordinal);
        Assert.Equal(mode == BackendMode.Native, d.Message.Contains("BGP identifier 10.255.0.9", StringComparison.Ordinal));
    }

    [Fact]
    public void MLB0904_PeerPinnedToOneNode_Silent() =>
        Assert.Empty(Of(Validate(Node("worker-1") + Node("worker-2") + PeerYaml("tor-a", $"{TorA}\nsourceAddress: 10.255.0.9\n{OnNode("worker-1")}"), Anycast), "MLB0904"));

    [Fact]
    public void MLB0904_SourceOnOneOfTwoNodes_LeftToMLB0901()
    {
        var links = new Dictionary<string, string[]> { ["worker-1"] = Anycast["worker-1"], ["worker-2"] = [Link("eth0", true, "10.0.0.12/24")] };
        var report = Validate(Node("worker-1") + Node("worker-2") + PeerYaml("tor-a", $"{TorA}\nsourceAddress: 10.255.0.9"), links);

        Assert.Empty(Of(report, "MLB0904"));
        Assert.Equal("worker-2", Assert.Single(Of(report, "MLB0901")).Node);
    }

    [Theory]
    [InlineData(BackendMode.Native, "sourceAddress: 10.0.0.11", "sourceAddress: 10.0.0.12")]
    [InlineData(BackendMode.Frr, "sourceAddress: 10.0.0.11", "sourceAddress: 10.0.0.12")]
    [InlineData(BackendMode.Frr, "ebgpMultiHop: false", "ebgpMultiHop: false")]
    public void MLB0904_OnePeerPerNode_AsAdvised_RemovesItWithoutMLB0822(BackendMode mode, string first, string second)
    {
        var nodes = Node("worker-1") + Node("worker-2");
        var before = Validate(nodes + PeerYaml("tor-a", $"{TorA}\nsourceAddress: 10.255.0.9"), Anycast, mode);
        var after = Validate(nodes + PeerYaml("tor-a-1", $"{TorA}\n{first}\n{OnNode("worker-1")}") + PeerYaml("tor-a-2", $"{TorA}\n{second}\n{OnNode("worker-2")}"), Anycast, mode);

        Fixed(before, after, "MLB0904");
        Assert.Empty(after.For("MLB0822"));
    }

    [Theory]
    [InlineData("pin", "sourceAddress: 10.255.0.9\nnodeSelectors:\n- matchLabels:\n    kubernetes.io/hostname: worker-1")]
    [InlineData("drop", "")]
    public void MLB0904_FrrBeforeNodeAwareChecks_AdvisesPinningOrDropping_AndEitherFixHolds(string fix, string after)
    {
        var options = new ValidationOptions { Mode = BackendMode.Frr, MetalLbVersion = MetalLbRelease.ClusterWideFrrChecksThrough };
        var nodes = Node("worker-1") + Node("worker-2");
        var before = Validate(nodes + PeerYaml("tor-a", $"{TorA}\nsourceAddress: 10.255.0.9"), Anycast, BackendMode.Frr, options);

        var message = Assert.Single(Of(before, "MLB0904")).Message;
        Assert.Contains("Per-node BGPPeers do not help here", message, StringComparison.Ordinal);
        Assert.Contains(fix == "pin" ? "kubernetes.io/hostname: worker-1" : "drop sourceAddress", message, StringComparison.Ordinal);
        Fixed(before, Validate(nodes + PeerYaml("tor-a", $"{TorA}\n{after}"), Anycast, BackendMode.Frr, options), "MLB0904");
    }

    [Fact]
    public void MLB0903_NativeV6SourceToV4Router_WarnsThatTheNodeAddressIsUsed()
    {
        var d = Check.Single(PeerYaml("tor-a", $"{TorA}\nsourceAddress: 2001:db8:0:1::11"), "MLB0903", new ValidationOptions { Mode = BackendMode.Native });

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("binds 0.0.0.0", d.Message, StringComparison.Ordinal);
        Assert.Contains("silently ignored", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0903_NativeV4SourceToV6Router_ErrorsOnTheMappedSource()
    {
        var d = Check.Single(PeerYaml("tor-a", "myASN: 64512\npeerASN: 64600\npeerAddress: 2001:db8:0:1::1\nsourceAddress: 10.0.0.11"), "MLB0903", new ValidationOptions { Mode = BackendMode.Native });

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("::ffff:10.0.0.11", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0903_Frr_ErrorsOnTheUpdateSourceBind()
    {
        var d = Check.Single(PeerYaml("tor-a", $"{TorA}\nsourceAddress: 2001:db8:0:1::11"), "MLB0903", new ValidationOptions { Mode = BackendMode.Frr });

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("update-source 2001:db8:0:1::11", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BackendMode.Native)]
    [InlineData(BackendMode.Frr)]
    public void MLB0903_AdvisedFix_DropSourceAddress_RemovesIt(BackendMode mode)
    {
        var options = new ValidationOptions { Mode = mode };
        var before = Check.Yaml(PeerYaml("tor-a", $"{TorA}\nsourceAddress: 2001:db8:0:1::11"), options);
        var after = Check.Yaml(PeerYaml("tor-a", TorA), options);

        Fixed(before, after, "MLB0903");
    }

    private const string V6Peer = "myASN: 64512\npeerASN: 64600\npeerAddress: 2001:db8:0:1::1";

    [Theory]
    [InlineData(BackendMode.Native, "EINVAL")]
    [InlineData(BackendMode.Frr, "update-source fe80::c013:efff:fe54:f089")]
    public void MLB0908_LinkLocalSource_Errors(BackendMode mode, string says)
    {
        var d = Check.Single(PeerYaml("tor-v6", $"{V6Peer}\nsourceAddress: fe80::c013:efff:fe54:f089"), "MLB0908", new ValidationOptions { Mode = mode });

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains(says, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0908_UnnumberedSessionWithLinkLocalSource_Silent() =>
        Check.None(PeerYaml("tor-v6", "myASN: 64512\npeerASN: 64600\ninterface: eth0\nsourceAddress: fe80::c013:efff:fe54:f089"), "MLB0908", new ValidationOptions { Mode = BackendMode.Frr });

    [Theory]
    [InlineData(BackendMode.Native)]
    [InlineData(BackendMode.Frr)]
    public void MLB0908_AdvisedFix_GlobalSource_RemovesIt(BackendMode mode)
    {
        var options = new ValidationOptions { Mode = mode };
        var before = Check.Yaml(PeerYaml("tor-v6", $"{V6Peer}\nsourceAddress: fe80::c013:efff:fe54:f089"), options);
        var after = Check.Yaml(PeerYaml("tor-v6", $"{V6Peer}\nsourceAddress: 2001:db8:0:1::11"), options);

        Fixed(before, after, "MLB0908");
    }

    private static Dictionary<string, string[]> WithExtra(string link) => new()
    {
        ["worker-1"] = [Link("lo", true, "127.0.0.1/8"), Link("eth0", true, "10.0.0.11/24", "2001:db8:0:1::11/64"), link],
    };

    [Fact]
    public void MLB0907_SourceOnlyOnKubeIpvs0_ErrorsInsteadOfOwned()
    {
        var report = Validate(Node("worker-1") + PeerYaml("tor-a", $"{TorA}\nebgpMultiHop: true\nsourceAddress: 10.96.0.10\n{OnNode("worker-1")}"), WithExtra(Link("kube-ipvs0", false, "10.96.0.10/32")));

        var d = Assert.Single(Of(report, "MLB0907"));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("kube-proxy", d.Message, StringComparison.Ordinal);
        Assert.Empty(Of(report, "MLB0901"));
    }

    [Fact]
    public void MLB0907_V6SourceOnDownInterface_Errors()
    {
        var d = Assert.Single(Of(Validate(Node("worker-1") + PeerYaml("tor-v6", $"{V6Peer}\nebgpMultiHop: true\nsourceAddress: 2001:db8:9::1\n{OnNode("worker-1")}"), WithExtra(Link("eth9", false, "2001:db8:9::1/64"))), "MLB0907"));

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("EADDRNOTAVAIL", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0907_V4SourceOnDownInterface_Warns()
    {
        var d = Assert.Single(Of(Validate(Node("worker-1") + PeerYaml("tor-a", $"{TorA}\nebgpMultiHop: true\nsourceAddress: 10.9.0.1\n{OnNode("worker-1")}"), WithExtra(Link("eth9", false, "10.9.0.1/24"))), "MLB0907"));

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("bind succeeds", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0907_AdvisedFix_AddressOnLo_RemovesIt()
    {
        var yaml = Node("worker-1") + PeerYaml("tor-a", $"{TorA}\nebgpMultiHop: true\nsourceAddress: 10.96.0.10\n{OnNode("worker-1")}");
        var fixedYaml = Node("worker-1") + PeerYaml("tor-a", $"{TorA}\nebgpMultiHop: true\nsourceAddress: 10.255.0.1\n{OnNode("worker-1")}");
        var before = Validate(yaml, WithExtra(Link("kube-ipvs0", false, "10.96.0.10/32")));
        var after = Validate(fixedYaml, new Dictionary<string, string[]>
        {
            ["worker-1"] = [Link("lo", true, "127.0.0.1/8", "10.255.0.1/32"), Link("eth0", true, "10.0.0.11/24"), Link("kube-ipvs0", false, "10.96.0.10/32")],
        });

        Fixed(before, after, "MLB0907");
    }

    [Fact]
    public void MLB0907_SourceOnAnUpInterface_Silent() =>
        Assert.Empty(Of(Validate(Node("worker-1") + PeerYaml("tor-a", $"{TorA}\nebgpMultiHop: true\nsourceAddress: 10.0.0.11\n{OnNode("worker-1")}"), WithExtra(Link("kube-ipvs0", false, "10.96.0.10/32"))), "MLB0907"));
}
