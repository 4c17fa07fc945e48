using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Tests.Topology;

public class NodeCheckTests
{
    private static NodeNetworkState Lo(string address) => new()
    {
        ApiVersion = "local",
        Kind = NodeNetworkState.KindName,
        NodeName = "ignored",
        Interfaces = [new InterfaceState("lo", "loopback", true, [new InterfaceAddress(System.Net.IPAddress.Parse(address), 32, SourceSpan.None)])],
    };

    [Fact]
    public void LocalInterfaces_ReplaceOtherDataForTheNode()
    {
        var set = TopologyFixture.Load(string.Empty);

        var replaced = NodeCheck.WithInterfaces(set, "worker-1", Lo("10.255.0.7"));

        var node = TopologyFixture.Model(replaced, BackendMode.Native).Node("worker-1")!;
        Assert.NotNull(node.Find(System.Net.IPAddress.Parse("10.255.0.7")));
        Assert.Null(node.Find(System.Net.IPAddress.Parse("10.255.0.1")));
    }

    [Fact]
    public void WithoutNodeObjects_NoNodeIsInvented_AndNodeListRulesStaySilent()
    {
        var yaml = Check.Peer("other", "myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.1\nnodeSelectors:\n- matchLabels: {rack: z}");
        var set = NodeCheck.WithInterfaces(ConfigurationLoader.LoadText(yaml), "worker-1", Lo("10.255.0.1"));

        var report = NodeCheck.For(new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native }).Validate(set), "worker-1");

        Assert.Empty(set.Nodes);
        Assert.Empty(report.For("MLB1003"));
    }

    [Fact]
    public void Validate_NodeMissingFromTheInputsNodes_IsAnError()
    {
        var set = TopologyFixture.Load(string.Empty);

        var report = NodeCheck.Validate(new MetalLbValidator(), set, "wrker-1", Lo("10.255.0.7"));

        var finding = Assert.Single(report.For("MLB1007"));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains("did you mean 'worker-1'?", finding.Message, StringComparison.Ordinal);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Validate_KnownNode_OrNoNodesAtAll_HasNoMLB1007()
    {
        var validator = new MetalLbValidator();

        Assert.Empty(NodeCheck.Validate(validator, TopologyFixture.Load(string.Empty), "worker-1", Lo("10.255.0.7")).For("MLB1007"));
        Assert.Empty(NodeCheck.Validate(validator, ConfigurationLoader.LoadText(string.Empty), "anything", Lo("10.255.0.7")).For("MLB1007"));
    }

    [Fact]
    public void Validate_MLB1007_FollowsDisabledRulesAndSeverityOverrides()
    {
        var set = TopologyFixture.Load(string.Empty);

        var disabled = new MetalLbValidator(new ValidationOptions { DisabledRules = new HashSet<string> { "MLB1007" } });
        var lowered = new MetalLbValidator(new ValidationOptions { SeverityOverrides = new Dictionary<string, DiagnosticSeverity> { ["MLB1007"] = DiagnosticSeverity.Warning } });

        Assert.Empty(NodeCheck.Validate(disabled, set, "elsewhere", Lo("10.255.0.7")).For("MLB1007"));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(NodeCheck.Validate(lowered, set, "elsewhere", Lo("10.255.0.7")).For("MLB1007")).Severity);
    }

    [Fact]
    public void For_KeepsFindingsOfThisNodeOrNoNode()
    {
        var yaml = Check.Pool("vips", "10.255.0.0/24") + TopologyFixture.Peer("tor", $"myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.1\nebgpMultiHop: true\nsourceAddress: 10.255.0.1\n{TopologyFixture.OnRack("a")}");
        var report = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native }).Validate(TopologyFixture.Load(yaml));

        Assert.Contains(report.Diagnostics, d => d.Node == "worker-2");
        Assert.DoesNotContain(NodeCheck.For(report, "worker-1").Diagnostics, d => d.Node == "worker-2");
        Assert.Contains(NodeCheck.For(report, "worker-1").Diagnostics, d => d.RuleId == "MLB0902" && d.Node is null);
    }
}
