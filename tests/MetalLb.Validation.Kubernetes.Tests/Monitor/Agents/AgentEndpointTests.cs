using MetalLb.Validation.Cli;
using MetalLb.Validation.Cli.Monitor.Agents;

namespace MetalLb.Validation.Kubernetes.Tests.Monitor.Agents;

/// <summary>Reading the agents' EndpointSlices and the <c>--node-agents</c> value.</summary>
public sealed class AgentEndpointTests
{
    private static ClusterObject Slice(string name, string text) => new("EndpointSlice", "metallb-system", name, $"cluster:EndpointSlice/metallb-system/{name}", text);

    [Fact]
    public void ReadyEndpoints_OnePerNode_WithTheHttpPort()
    {
        var (endpoints, problems) = AgentEndpoint.FromSlices(
        [
            Slice("b", """
                {"addressType": "IPv4", "ports": [{"name": "metrics", "port": 9000}, {"name": "http", "port": 7474}],
                 "endpoints": [
                   {"addresses": ["10.0.0.11"], "conditions": {"ready": true}, "nodeName": "worker-1"},
                   {"addresses": ["10.0.0.12"], "nodeName": "worker-2"},
                   {"addresses": ["10.0.0.13"], "conditions": {"ready": false}, "nodeName": "worker-3"},
                   {"addresses": ["10.0.0.14"], "conditions": {"ready": true}},
                   "junk"]}
                """),
            Slice("a", """{"addressType": "IPv6", "ports": [{"port": 7474}], "endpoints": [{"addresses": ["fd00::11"], "nodeName": "worker-1"}]}"""),
        ]);
        Assert.Equal(["worker-1 [fd00::11]:7474", "worker-2 10.0.0.12:7474"], endpoints.Select(e => $"{e.Node} {e}"));
        Assert.Equal(new Uri("http://[fd00::11]:7474/api/v1/interfaces"), endpoints[0].InterfacesUri);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("endpoints[3] has no nodeName", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("endpoints[4] is not an object", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"addressType": "FQDN", "ports": [{"port": 1}], "endpoints": []}""", "addressType FQDN")]
    [InlineData("""{"addressType": "IPv4", "ports": [{"name": "a", "port": 1}, {"name": "b", "port": 2}]}""", "has no port")]
    [InlineData("""{"addressType": "IPv4", "ports": [{"port": 70000}]}""", "has no port")]
    [InlineData("""[1, 2]""", "is not an object")]
    [InlineData("""{"unterminated""", "is not JSON")]
    public void SlicesOfTheWrongShape_AreProblems_NeverExceptions(string text, string problem)
    {
        var (endpoints, problems) = AgentEndpoint.FromSlices([Slice("s", text)]);
        Assert.Empty(endpoints);
        Assert.Contains(problem, Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void NodeAgentsValue_NamespaceFromPodNamespace_ElseMetalLbs()
    {
        var interval = TimeSpan.FromSeconds(30);
        Assert.Equal(("monitoring", "agents"), Pair(NodeAgentSettings.Parse("monitoring/agents", "metallb-system", interval)));
        Assert.Equal(("metallb-system", "agents"), Pair(NodeAgentSettings.Parse("agents", "metallb-system", interval)));
        Assert.Equal((null, "agents"), Pair(NodeAgentSettings.Parse("agents", null, interval)));
        Assert.Equal("kubernetes.io/service-name=agents", NodeAgentSettings.Parse("agents", null, interval).LabelSelector);
        Assert.Equal(TimeSpan.FromSeconds(90), NodeAgentSettings.Parse("agents", null, interval).KeepFor);
        Assert.Equal(TimeSpan.FromSeconds(2), NodeAgentSettings.Parse("agents", null, TimeSpan.FromSeconds(2)).RequestTimeout);
        foreach (var bad in new[] { "", "a/b/c", "Agents", "-x", "ns/", "x y" })
        {
            Assert.Throws<UsageException>(() => NodeAgentSettings.Parse(bad, null, interval));
        }
    }

    private static (string?, string) Pair(NodeAgentSettings s) => (s.Namespace, s.Service);
}
