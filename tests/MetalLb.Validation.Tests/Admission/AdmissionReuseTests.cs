using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Tests.Admission;

/// <summary>
/// What runs keep for later runs with the same object instances (node facts, sorted pool entries) never answers for a
/// cluster that changed: a snapshot that replaces one object, as a watch does, gets findings of the new object.
/// </summary>
public class AdmissionReuseTests
{
    private const string Nodes = """
        apiVersion: v1
        kind: Node
        metadata: {name: node-1, labels: {rack: a}}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: node-2, labels: {rack: a}}
        """;

    [Fact]
    public void ChangedPool_InTheSnapshot_ChangesTheAnswer()
    {
        var snapshot = new ChangingSnapshot(Check.Pool("a", "10.0.0.0/24") + Check.Pool("b", "10.1.0.0/24") + Nodes);
        var handler = new AdmissionHandler(snapshot);
        var create = Reviews.Review("CREATE", Reviews.Pool("c", "10.1.0.128/25"));

        var overlapsB = Reviews.Send(handler, create);
        Assert.False(overlapsB.Allowed);
        Assert.Contains("MLB0104", overlapsB.Status!.Message, StringComparison.Ordinal);

        snapshot.Replace("IPAddressPool", "b", Check.Pool("b", "10.3.0.0/24"));
        Assert.True(Reviews.Send(handler, create).Allowed);

        snapshot.Replace("IPAddressPool", "a", Check.Pool("a", "10.1.0.0/24"));
        var overlapsA = Reviews.Send(handler, create);
        Assert.False(overlapsA.Allowed);
        Assert.Contains("10.1.0.0/24", overlapsA.Status!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedNode_InTheSnapshot_ChangesTheAnswer()
    {
        var snapshot = new ChangingSnapshot(Check.Pool("a", "10.0.0.0/24") + Nodes);
        var handler = new AdmissionHandler(snapshot);
        var advertisement = Reviews.Object("BGPAdvertisement", "rack-b", new System.Text.Json.Nodes.JsonObject
        {
            ["ipAddressPools"] = new System.Text.Json.Nodes.JsonArray("a"),
            ["nodeSelectors"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["matchLabels"] = new System.Text.Json.Nodes.JsonObject { ["rack"] = "b" } }),
        });
        var create = Reviews.Review("CREATE", advertisement);

        Assert.Contains(Reviews.Send(handler, create).Warnings ?? [], w => w.StartsWith("MLB0314", StringComparison.Ordinal));

        snapshot.Replace("Node", "node-2", """
            apiVersion: v1
            kind: Node
            metadata: {name: node-2, labels: {rack: b}}
            """);
        Assert.DoesNotContain(Reviews.Send(handler, create).Warnings ?? [], w => w.StartsWith("MLB0314", StringComparison.Ordinal));

        snapshot.Replace("Node", "node-2", """
            apiVersion: v1
            kind: Node
            metadata: {name: node-2, labels: {rack: c}}
            """);
        Assert.Contains(Reviews.Send(handler, create).Warnings ?? [], w => w.StartsWith("MLB0314", StringComparison.Ordinal));
    }

    [Fact]
    public void ChangedNodeAddress_InTheSnapshot_ChangesTheAnswer()
    {
        static string Node(string address) => $$$"""
            apiVersion: v1
            kind: Node
            metadata: {name: node-1, labels: {rack: a}}
            status:
              addresses:
              - {type: InternalIP, address: "{{{address}}}"}
            """;
        var snapshot = new ChangingSnapshot(Check.Pool("a", "10.0.0.0/24") + Node("10.9.0.5"));
        var handler = new AdmissionHandler(snapshot);
        var create = Reviews.Review("CREATE", Reviews.Pool("c", "10.9.0.0/28"));

        Assert.Contains(Reviews.Send(handler, create).Warnings ?? [], w => w.StartsWith("MLB0113", StringComparison.Ordinal) && w.Contains("10.9.0.5", StringComparison.Ordinal));

        snapshot.Replace("Node", "node-1", Node("10.8.0.5"));
        Assert.DoesNotContain(Reviews.Send(handler, create).Warnings ?? [], w => w.StartsWith("MLB0113", StringComparison.Ordinal));

        snapshot.Replace("Node", "node-1", Node("10.9.0.7"));
        Assert.Contains(Reviews.Send(handler, create).Warnings ?? [], w => w.StartsWith("MLB0113", StringComparison.Ordinal) && w.Contains("10.9.0.7", StringComparison.Ordinal));
    }

    /// <summary>A snapshot that hands out a new list when one object changes, keeping the other instances (as a watch does).</summary>
    private sealed class ChangingSnapshot(string yaml) : IClusterSnapshot
    {
        private IReadOnlyList<KubernetesObject> _objects = ConfigurationLoader.LoadText(yaml, "cluster.yaml").Objects;

        public void Replace(string kind, string name, string yaml)
        {
            var replacement = Assert.Single(ConfigurationLoader.LoadText(yaml, $"cluster:{kind}/{name}").Objects);
            Assert.Contains(_objects, o => o.Kind == kind && o.Name == name);
            _objects = [.. _objects.Select(o => o.Kind == kind && o.Name == name ? replacement : o)];
        }

        public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_objects);
    }
}
