using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MetalLb.Validation.Tests.Rules.Modes;

public class FrrPeerPairRulesTests
{
    private static readonly ValidationOptions Old = new() { Mode = Diagnostics.BackendMode.Frr, MetalLbVersion = new Version(0, 15, 3) };

    private static string OnNode(string node) => $"nodeSelectors: [{{matchLabels: {{kubernetes.io/hostname: {node}}}}}]";

    private static readonly string Nodes = Yaml.Node("n1") + Yaml.Node("n2");

    [Fact]
    public void DifferentRouterIdsOnSharedNode_MLB0820_FiresWithNode()
    {
        var finding = Check.Single(Nodes + Yaml.Peer("a", "192.0.2.1", extra: "routerID: 10.0.0.1") + Yaml.Peer("b", "192.0.2.2", extra: "routerID: 10.0.0.2"), "MLB0820", Yaml.FrrK8s);

        Assert.Equal("n1", finding.Node);
    }

    [Fact]
    public void RouterIdSetVersusUnset_MLB0820_FiresAndExplains() =>
        Assert.Contains("unset routerID counts as different", Check.Single(Yaml.Peer("a", "192.0.2.1", extra: "routerID: 10.0.0.1") + Yaml.Peer("b", "192.0.2.2"), "MLB0820", Yaml.Frr).Message, StringComparison.Ordinal);

    [Fact]
    public void SameRouterIdWrittenDifferently_MLB0820_Silent() =>
        Check.None(Yaml.Peer("a", "192.0.2.1", extra: "routerID: \"2001:db8::1\"") + Yaml.Peer("b", "192.0.2.2", extra: "routerID: \"2001:0db8:0::1\""), "MLB0820", Yaml.Frr);

    [Fact]
    public void DifferentRouterIdsOnDisjointNodes_NewRelease_Silent_OldRelease_Fires()
    {
        var yaml = Nodes + Yaml.Peer("a", "192.0.2.1", extra: "routerID: 10.0.0.1\n" + OnNode("n1")) + Yaml.Peer("b", "192.0.2.2", extra: "routerID: 10.0.0.2\n" + OnNode("n2"));

        Check.None(yaml, "MLB0820", Yaml.Frr);
        Check.None(yaml, "MLB0821", Yaml.Frr);
        Check.Single(yaml, "MLB0821", Old);
        Check.None(yaml, "MLB0820", Old);
    }

    [Fact]
    public void NoNodeObjects_AssumesSharing_AndSaysSo()
    {
        var yaml = Yaml.Peer("a", "192.0.2.1", extra: OnNode("n1")) + Yaml.Peer("b", "192.0.2.1", extra: OnNode("n2"));

        Assert.Contains("no Node objects were given", Check.Single(yaml, "MLB0822", Yaml.Frr).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameAddressWrittenDifferently_MLB0822_Fires() =>
        Check.Single(Yaml.Peer("a", "2001:db8::1") + Yaml.Peer("b", "2001:0db8::1"), "MLB0822", Yaml.Frr);

    [Fact]
    public void SameAddressOtherVrf_MLB0822_Silent() =>
        Check.None(Yaml.Peer("a", "192.0.2.1") + Yaml.Peer("b", "192.0.2.1", extra: "vrf: red"), "MLB0822", Yaml.Frr);

    [Fact]
    public void SameAddressDisjointNodes_MLB0822_Silent_MLB0823_FiresOnOldRelease()
    {
        var yaml = Nodes + Yaml.Peer("a", "192.0.2.1", extra: OnNode("n1")) + Yaml.Peer("b", "192.0.2.1", extra: OnNode("n2"));

        Check.None(yaml, "MLB0822", Yaml.Frr);
        Check.Single(yaml, "MLB0823", Old);
    }

    [Fact]
    public void DifferentMyAsnSameVrf_MLB0824_Fires() =>
        Check.Single(Yaml.Peer("a", "192.0.2.1", myAsn: 64512) + Yaml.Peer("b", "192.0.2.2", myAsn: 64513), "MLB0824", Yaml.Frr);

    [Fact]
    public void DifferentMyAsnOtherVrf_MLB0824_Silent() =>
        Check.None(Yaml.Peer("a", "192.0.2.1", myAsn: 64512) + Yaml.Peer("b", "192.0.2.2", myAsn: 64513, extra: "vrf: red"), "MLB0824", Yaml.Frr);

    [Fact]
    public void DifferentMyAsnDisjointNodes_MLB0825_FiresOnlyOnOldRelease()
    {
        var yaml = Nodes + Yaml.Peer("a", "192.0.2.1", myAsn: 64512, extra: OnNode("n1")) + Yaml.Peer("b", "192.0.2.2", myAsn: 64513, extra: OnNode("n2"));

        Check.None(yaml, "MLB0824", Yaml.Frr);
        Check.Single(yaml, "MLB0825", Old);
    }

    [Fact]
    public void FrrPairRules_NeverRunInNativeMode() =>
        Check.None(Yaml.Peer("a", "192.0.2.1", myAsn: 64512) + Yaml.Peer("b", "192.0.2.1", myAsn: 64513), "MLB0822", Yaml.Native);

    [Fact]
    public void ThreePeers_EachLaterPeerReportedOnce() =>
        Assert.Equal(2, Check.Findings(Yaml.Peer("a", "192.0.2.1") + Yaml.Peer("b", "192.0.2.1") + Yaml.Peer("c", "192.0.2.1"), "MLB0822", Yaml.Frr).Count);

    /// <summary>Limiting the check to peers that share a node can only remove findings, never add them.</summary>
    [Property(MaxTest = 100)]
    public Property NodeAwareDuplicates_AreASubsetOfClusterWideOnes()
    {
        var peer = Gen.Elements("192.0.2.1", "192.0.2.2").Zip(Gen.Elements(string.Empty, "n1", "n2", "n3"));
        return Prop.ForAll(peer.ListOf().Where(l => l.Count is > 1 and < 6).ToArbitrary(), peers =>
        {
            var yaml = Yaml.Node("n1") + Yaml.Node("n2") + Yaml.Node("n3") + string.Concat(peers.Select((p, i) =>
                Yaml.Peer($"p{i}", p.Item1, extra: p.Item2.Length > 0 ? OnNode(p.Item2) : string.Empty)));
            var nodeAware = Check.Findings(yaml, "MLB0822", Yaml.Frr).Select(f => f.Resource!.ToString()).ToHashSet();
            var clusterWide = Check.Findings(yaml, "MLB0823", Old).Select(f => f.Resource!.ToString()).ToHashSet();
            return nodeAware.IsSubsetOf(clusterWide);
        });
    }
}
