using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Topology;
using static MetalLb.Validation.Tests.Topology.LinkFixture;

namespace MetalLb.Validation.Tests.Topology;

/// <summary>
/// Nodes labelled node.kubernetes.io/exclude-from-external-load-balancers: the speaker (0.14.0 and later, unless
/// --ignore-exclude-lb) announces nothing from them but still opens their sessions.
/// </summary>
public class ExcludedNodesTests
{
    private const string Excluded = "node.kubernetes.io/exclude-from-external-load-balancers: \"\"";

    private static readonly string Objects =
        Node("worker-1") + Node("cp-1", Excluded)
        + Check.Pool("public", "203.0.113.0/25")
        + "apiVersion: metallb.io/v1beta1\nkind: BGPAdvertisement\nmetadata: {name: ad, namespace: metallb-system}\n---\n"
        + "apiVersion: metallb.io/v1beta1\nkind: L2Advertisement\nmetadata: {name: l2, namespace: metallb-system}\n---\n";

    private static readonly string WithPeer = Objects + Check.Peer("tor-a", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1");

    private static ClusterModel Topology(string yaml, ValidationOptions? options = null) =>
        new(new ConfigurationLoader().AddText(yaml, "test.yaml").Build(), options ?? new ValidationOptions { Mode = BackendMode.Native });

    [Fact]
    public void ExcludedNode_OpensSessions_AnnouncesNothing()
    {
        var topology = Topology(WithPeer);
        var excluded = topology.Node("cp-1")!;

        Assert.True(excluded.ExcludedFromLoadBalancers);
        Assert.Single(excluded.Sessions);
        Assert.Empty(excluded.Announcements);
        Assert.Equal(2, topology.Node("worker-1")!.Announcements.Count);
    }

    [Theory]
    [InlineData("0.13.12", false)]
    [InlineData("0.14.0", true)]
    [InlineData("0.15.3", true)]
    public void Release_DecidesWhetherTheLabelCounts(string release, bool excluded)
    {
        Assert.True(MetalLbRelease.TryParse(release, out var version));

        Assert.Equal(excluded, Topology(WithPeer, new ValidationOptions { Mode = BackendMode.Native, MetalLbVersion = version! }).Node("cp-1")!.ExcludedFromLoadBalancers);
    }

    [Fact]
    public void IgnoreExcludeLb_AnnouncesAgain() =>
        Assert.Equal(2, Topology(WithPeer, new ValidationOptions { Mode = BackendMode.Native, IgnoreExcludeLb = true }).Node("cp-1")!.Announcements.Count);

    [Fact]
    public void MLB1004_ExcludedNodeWithoutSession_Silent()
    {
        // Only worker-1 peers; cp-1 announces nothing, so it needs no session.
        var yaml = Objects + Check.Peer("tor-a", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nnodeSelectors:\n- matchLabels:\n    kubernetes.io/hostname: worker-1");

        Check.None(yaml, "MLB1004", new ValidationOptions { Mode = BackendMode.Native });
        Assert.Equal("cp-1", Check.Single(yaml, "MLB1004", new ValidationOptions { Mode = BackendMode.Native, IgnoreExcludeLb = true }).Node);
    }

    [Fact]
    public void Explain_SaysTheNodeAnnouncesNothingButKeepsItsSession()
    {
        var set = new ConfigurationLoader().AddText(WithPeer, "test.yaml").Build();
        var options = new ValidationOptions { Mode = BackendMode.Native };
        var explanation = new TopologyExplanation(set, new MetalLbValidator(options).Validate(set), "cp-1");
        using var output = new StringWriter();
        new ExplainTextFormatter().Write(explanation, output);
        var text = output.ToString();

        Assert.Contains("announces nothing: labelled node.kubernetes.io/exclude-from-external-load-balancers", text, StringComparison.Ordinal);
        Assert.Contains("tor-a -> 10.0.0.1:179", text, StringComparison.Ordinal);
        Assert.Contains("announces by BGP: nothing", text, StringComparison.Ordinal);
    }
}

public class AdvertisementOnlyOnExcludedNodesTests
{
    private static readonly string Nodes = LinkFixture.Node("worker-1") + LinkFixture.Node("cp-1", "node.kubernetes.io/exclude-from-external-load-balancers: \"\"");

    private static string L2On(string node) =>
        Check.Pool("public", "203.0.113.0/25")
        + $"apiVersion: metallb.io/v1beta1\nkind: L2Advertisement\nmetadata: {{name: l2, namespace: metallb-system}}\nspec:\n  ipAddressPools: [public]\n  nodeSelectors:\n  - matchLabels:\n      kubernetes.io/hostname: {node}\n---\n";

    private static readonly ValidationOptions Native = new() { Mode = BackendMode.Native };

    [Fact]
    public void MLB0909_L2OnlyOnExcludedNode_Warns()
    {
        var d = Check.Single(Nodes + L2On("cp-1"), "MLB0909", Native);

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("pools public are announced by L2 from no node", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0909_BeforeTheLabelWasHonoured_OrWithIgnoreExcludeLb_Silent()
    {
        Assert.True(MetalLbRelease.TryParse("0.13.12", out var old));
        Check.None(Nodes + L2On("cp-1"), "MLB0909", Native with { MetalLbVersion = old! });
        Check.None(Nodes + L2On("cp-1"), "MLB0909", Native with { IgnoreExcludeLb = true });
    }

    [Fact]
    public void MLB0909_AdvisedFix_SelectANodeWithoutTheLabel_RemovesIt()
    {
        var before = Check.Yaml(Nodes + L2On("cp-1"), Native);
        var after = Check.Yaml(Nodes + L2On("worker-1"), Native);

        Assert.NotEmpty(before.For("MLB0909"));
        Assert.Empty(after.For("MLB0909"));
        var known = before.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.RuleId).ToHashSet();
        Assert.DoesNotContain(after.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && !known.Contains(d.RuleId));
    }
}
