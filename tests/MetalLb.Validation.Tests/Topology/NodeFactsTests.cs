using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Tests.Topology;

/// <summary>Node facts are shared only by sets holding exactly the same Node and NodeNetworkState instances.</summary>
public class NodeFactsTests
{
    private const string Cluster = """
        apiVersion: v1
        kind: Node
        metadata: {name: node-1, labels: {rack: a}}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: node-2, labels: {rack: b}}
        """;

    [Fact]
    public void SameInstances_ShareTheFacts_OtherObjectsAroundThemOrNot()
    {
        var set = ConfigurationLoader.LoadText(Cluster);
        var withPool = new ConfigurationSet(set.Objects.Append(new Validation.Model.MetalLb.IpAddressPool { Metadata = new ObjectMeta("p", "metallb-system") }));

        Assert.Same(NodeFacts.For(set), NodeFacts.For(withPool));
    }

    [Fact]
    public void ReplacedNode_GetsFactsOfItsOwn()
    {
        var set = ConfigurationLoader.LoadText(Cluster);
        var rackB = Selector("rack", "b");
        Assert.Equal(["node-2"], NodeFacts.For(set).Selected(rackB));

        var relabelled = ConfigurationLoader.LoadText("apiVersion: v1\nkind: Node\nmetadata: {name: node-2, labels: {rack: c}}\n").Nodes[0];
        var changed = new ConfigurationSet(set.Objects.Select(o => o.Name == "node-2" ? relabelled : o));

        Assert.NotSame(NodeFacts.For(set), NodeFacts.For(changed));
        Assert.Empty(NodeFacts.For(changed).Selected(rackB));
        Assert.Equal(["node-2"], NodeFacts.For(changed).Selected(Selector("rack", "c")));
    }

    [Fact]
    public void NodeLeftOut_GetsFactsOfItsOwn()
    {
        var set = ConfigurationLoader.LoadText(Cluster);
        var fewer = new ConfigurationSet(set.Objects.Where(o => o.Name != "node-2"));

        Assert.Equal(["node-1", "node-2"], NodeFacts.For(set).Names);
        Assert.Equal(["node-1"], NodeFacts.For(fewer).Names);
        Assert.Empty(NodeFacts.For(fewer).Selected(Selector("rack", "b")));
    }

    private static IReadOnlyList<LabelSelector> Selector(string key, string value) =>
        ConfigurationLoader.LoadText($"apiVersion: metallb.io/v1beta1\nkind: L2Advertisement\nmetadata: {{name: x, namespace: metallb-system}}\nspec:\n  nodeSelectors:\n  - matchLabels: {{{key}: {value}}}\n").L2Advertisements[0].NodeSelectors;
}
