using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Tests.Topology;

/// <summary>MLB1007's advice followed: node-check run again under the right name, or with the node's Node object added.</summary>
public class NodeCheckAdviceTests
{
    private const string Peer = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nebgpMultiHop: true\nnodeSelectors:\n- matchLabels: {rack: a}";

    private static NodeNetworkState Lo(string address) => new()
    {
        ApiVersion = "local",
        Kind = NodeNetworkState.KindName,
        NodeName = "ignored",
        Interfaces = [new InterfaceState("lo", "loopback", true, [new InterfaceAddress(System.Net.IPAddress.Parse(address), 32, SourceSpan.None)])],
    };

    private static ValidationReport Run(string yaml, string node) =>
        NodeCheck.Validate(new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native }), TopologyFixture.Load(yaml), node, Lo("10.255.0.7"));

    private static void FixedWithoutNewErrors(ValidationReport before, ValidationReport after)
    {
        Assert.Empty(after.For("MLB1007"));
        var old = before.Diagnostics.Select(d => (d.RuleId, d.Path, d.Node)).ToHashSet();
        Assert.DoesNotContain(after.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && !old.Contains((d.RuleId, d.Path, d.Node)));
    }

    [Fact]
    public void MLB1007_PassTheRightName_Fixes()
    {
        var yaml = Check.Peer("tor", Peer);
        var before = Run(yaml, "wrker-1");
        Assert.Contains("pass the right name", Assert.Single(before.For("MLB1007")).Message, StringComparison.Ordinal);

        FixedWithoutNewErrors(before, Run(yaml, "worker-1"));
    }

    [Fact]
    public void MLB1007_AddItsNodeObject_Fixes()
    {
        var yaml = Check.Peer("tor", Peer);
        var before = Run(yaml, "worker-4");
        Assert.Contains("or add its Node object", Assert.Single(before.For("MLB1007")).Message, StringComparison.Ordinal);

        FixedWithoutNewErrors(before, Run(yaml + Rules.Yaml.Node("worker-4", "rack: a"), "worker-4"));
    }
}
