using System.Text.Json;
using System.Text.Json.Nodes;
using MetalLb.Validation.Kubernetes.Api;
using MetalLb.Validation.Kubernetes.Reading;

namespace MetalLb.Validation.Kubernetes.Tests.Reading;

/// <summary>What of an API object reaches the loader.</summary>
public sealed class ObjectTextTests
{
    [Fact]
    public void TypedListItems_GetApiVersionAndKind_AndLoseManagedFieldsAndLastApplied()
    {
        var o = From("""
            {"metadata": {"name": "worker-1", "resourceVersion": "7", "managedFields": [{"manager": "kubelet"}],
              "annotations": {"kubectl.kubernetes.io/last-applied-configuration": "{...}", "keep": "me"}},
             "spec": {"podCIDR": "10.244.1.0/24"},
             "status": {"addresses": [{"type": "InternalIP", "address": "10.0.0.11"}], "images": [{"names": ["big"]}], "conditions": []}}
            """, ApiResource.Nodes);

        Assert.Equal("cluster:Node/worker-1", o.SourceName);
        Assert.Null(o.Namespace);
        Assert.Equal("7", o.ResourceVersion);
        var json = JsonNode.Parse(o.Text)!;
        Assert.Equal("v1", (string?)json["apiVersion"]);
        Assert.Equal("Node", (string?)json["kind"]);
        Assert.Null(json["metadata"]!["managedFields"]);
        Assert.Equal("me", (string?)json["metadata"]!["annotations"]!["keep"]);
        Assert.Null(json["metadata"]!["annotations"]!["kubectl.kubernetes.io/last-applied-configuration"]);
        Assert.Equal("10.0.0.11", (string?)json["status"]!["addresses"]![0]!["address"]);
        Assert.Null(json["status"]!["images"]);
        Assert.Equal("10.244.1.0/24", (string?)json["spec"]!["podCIDR"]);
    }

    [Fact]
    public void MetalLbObjects_LoseTheirStatus_AndKeepTheStoredVersion()
    {
        var o = From("""{"apiVersion": "metallb.io/v1beta2", "kind": "BGPPeer", "metadata": {"name": "tor", "namespace": "lb"}, "spec": {"myASN": 1}, "status": {"x": 1}}""", ApiResource.MetalLb[1]);

        Assert.Equal("cluster:BGPPeer/lb/tor", o.SourceName);
        var json = JsonNode.Parse(o.Text)!;
        Assert.Equal("metallb.io/v1beta2", (string?)json["apiVersion"]);
        Assert.Null(json["status"]);
        Assert.Equal(1, (int?)json["spec"]!["myASN"]);
    }

    [Fact]
    public void NodeNetworkStates_KeepOnlyTheCurrentState()
    {
        var o = From("""{"metadata": {"name": "worker-1"}, "status": {"currentState": {"interfaces": []}, "lastSuccessfulUpdateTime": "x"}}""", ApiResource.NodeNetworkStates);

        Assert.Equal("""{"currentState":{"interfaces":[]}}""", JsonNode.Parse(o.Text)!["status"]!.ToJsonString());
    }

    [Fact]
    public void Secrets_KeepMetadataOnly_EvenWhenAServerSendsData()
    {
        var o = From("""{"metadata": {"name": "pw", "namespace": "lb"}, "type": "kubernetes.io/basic-auth", "data": {"password": "c2VjcmV0"}}""", ApiResource.Secrets);

        Assert.DoesNotContain("c2VjcmV0", o.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("password", o.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("basic-auth", o.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"metadata": {}}""")]
    [InlineData("""{"metadata": {"name": ""}}""")]
    [InlineData("""{"spec": {}}""")]
    [InlineData("42")]
    public void ObjectsWithoutAName_AreNull(string json) => Assert.Null(ObjectText.From(JsonDocument.Parse(json).RootElement, ApiResource.Nodes));

    private static ClusterObject From(string json, ApiResource resource) => ObjectText.From(JsonDocument.Parse(json).RootElement, resource)!;
}
