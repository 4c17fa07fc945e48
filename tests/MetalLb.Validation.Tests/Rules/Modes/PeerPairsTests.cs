using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace MetalLb.Validation.Tests.Rules.Modes;

public class PeerPairsTests
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

        Assert.Contains("no Node objects or interface data were given", Check.Single(yaml, "MLB0822", Yaml.Frr).Message, StringComparison.Ordinal);
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
    public void ClusterWideRelease_NeverAdvisesDisjointSelectors_NodeAwareReleaseDoes()
    {
        var yaml = Nodes + Yaml.Peer("a", "192.0.2.1", extra: OnNode("n1")) + Yaml.Peer("b", "192.0.2.1", extra: OnNode("n2"));
        var old = Check.Single(yaml, "MLB0823", Old).Message;
        var shared = Check.Single(Nodes + Yaml.Peer("a", "192.0.2.1") + Yaml.Peer("b", "192.0.2.1"), "MLB0822", Yaml.Frr).Message;

        Assert.DoesNotContain("give them nodeSelectors", old, StringComparison.Ordinal);
        Assert.Contains("disjoint nodeSelectors do not help", old, StringComparison.Ordinal);
        Assert.Contains("give them nodeSelectors that select disjoint nodes", shared, StringComparison.Ordinal);
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

    /// <summary>
    /// The node-aware rules find, for each peer, the earliest conflicting peer that runs on a common node, as
    /// comparing every pair with brute-force node selection does.
    /// </summary>
    [Property(MaxTest = 150)]
    public Property NodeAwareRules_EqualPairwiseComparison()
    {
        var peer = Gen.Elements("192.0.2.1", "192.0.2.2")
            .Zip(Gen.Elements(64512u, 64513u))
            .Zip(Gen.Elements(string.Empty, "10.0.0.1", "10.0.0.2"))
            .Zip(Gen.Elements(string.Empty, "n1", "n2", "n3", "rack"))
            .Select(t => (Address: t.Item1.Item1.Item1, MyAsn: t.Item1.Item1.Item2, RouterId: t.Item1.Item2, On: t.Item2));
        return Prop.ForAll(peer.ListOf().Where(l => l.Count is > 1 and < 9).ToArbitrary(), peers =>
        {
            var yaml = Yaml.Node("n1", "rack: a") + Yaml.Node("n2", "rack: a") + Yaml.Node("n3", "rack: b") + string.Concat(peers.Select((p, i) =>
                Yaml.Peer($"p{i}", p.Address, p.MyAsn, extra: string.Join("\n", new[]
                {
                    p.RouterId.Length > 0 ? $"routerID: {p.RouterId}" : string.Empty,
                    p.On == "rack" ? "nodeSelectors: [{matchLabels: {rack: a}}]" : p.On.Length > 0 ? OnNode(p.On) : string.Empty,
                }.Where(l => l.Length > 0)))));

            string[] Nodes((string Address, uint MyAsn, string RouterId, string On) p) =>
                p.On switch { "" => ["n1", "n2", "n3"], "rack" => ["n1", "n2"], var n => [n] };

            bool Same(int rule, int i, int j) => rule switch
            {
                822 => peers[i].Address == peers[j].Address,
                824 => peers[i].MyAsn == peers[j].MyAsn,
                _ => peers[i].RouterId == peers[j].RouterId,
            };

            var agree = true;
            foreach (var (rule, conflictWhenSame) in new[] { (822, true), (824, false), (820, false) })
            {
                var expected = Enumerable.Range(0, peers.Count)
                    .Select(i => (Later: i, Earlier: Enumerable.Range(0, i).Cast<int?>().FirstOrDefault(j => Same(rule, i, j!.Value) == conflictWhenSame && Nodes(peers[i]).Intersect(Nodes(peers[j!.Value])).Any())))
                    .Where(p => p.Earlier is not null)
                    .Select(p => $"p{p.Later}<p{p.Earlier}")
                    .ToHashSet();
                var found = Check.Findings(yaml, $"MLB0{rule}", Yaml.Frr)
                    .Select(f => $"{f.Resource!.Name}<{Enumerable.Range(0, peers.Count).Select(j => $"p{j}").Single(n => n != f.Resource.Name && f.Message.Contains($"\"{n}\"", StringComparison.Ordinal))}")
                    .ToHashSet();
                agree &= expected.SetEquals(found);
            }

            return agree;
        });
    }
}
