using System.Text.Json;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Tests.Topology;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Tests.Reporting;

public class ExplainFormatterTests
{
    private static readonly string Yaml =
        TopologyFixture.Peer("tor-a", $"myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nebgpMultiHop: true\nsourceAddress: 10.255.0.1\npassword: hunter2-secret\n{TopologyFixture.OnRack("a")}")
        + Check.Pool("public", "203.0.113.0/25")
        + "apiVersion: metallb.io/v1beta1\nkind: BGPAdvertisement\nmetadata: {name: ad, namespace: metallb-system}\n";

    private static string Render(IExplainFormatter formatter, string? node = null)
    {
        var set = TopologyFixture.Load(Yaml);
        var options = new ValidationOptions { Mode = BackendMode.Native };
        var explanation = new TopologyExplanation(set, new MetalLbValidator(options).Validate(set), node);
        using var output = new StringWriter();
        formatter.Write(explanation, output);
        return output.ToString();
    }

    [Fact]
    public void Text_ShowsSessionsPoolsAndTheNodesFindings()
    {
        var text = Render(new ExplainTextFormatter());

        Assert.Contains("tor-a -> 10.0.0.1:179, myASN 64512, peerASN 64600, eBGP multihop, source 10.255.0.1 on lo", text, StringComparison.Ordinal);
        Assert.Contains("source 10.255.0.1 NOT ASSIGNED", text, StringComparison.Ordinal);
        Assert.Contains("public (203.0.113.0/25) via BGPAdvertisement/ad", text, StringComparison.Ordinal);
        var worker2 = text[text.IndexOf("node worker-2", StringComparison.Ordinal)..text.IndexOf("node worker-3", StringComparison.Ordinal)];
        Assert.Contains("MLB0901", worker2, StringComparison.Ordinal);
        Assert.Contains("password set", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_IsOneDocument_WithSessionsPerNode_AndNoPassword()
    {
        var text = Render(new ExplainJsonFormatter());

        using var json = JsonDocument.Parse(text);
        var nodes = json.RootElement.GetProperty("nodes");
        Assert.Equal(3, nodes.GetArrayLength());
        var session = nodes[0].GetProperty("sessions")[0];
        Assert.Equal("lo", session.GetProperty("sourceInterface").GetString());
        Assert.True(session.GetProperty("passwordSet").GetBoolean());
        Assert.Equal("MLB0901", nodes[1].GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("node").GetString() == "worker-2").GetProperty("ruleId").GetString());
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_DrawsNodesRoutersPools_AndMarksTheBrokenSession()
    {
        var text = Render(new ExplainMermaidFormatter());

        Assert.StartsWith("flowchart LR\n", text, StringComparison.Ordinal);
        Assert.Contains("((\"router 10.0.0.1<br/>AS 64600\"))", text, StringComparison.Ordinal);
        Assert.Contains("[/\"pool public<br/>203.0.113.0/25\"/]", text, StringComparison.Ordinal);
        Assert.Matches("n_worker_2_\\d+ -->\\|\"tor-a<br/>src 10.255.0.1<br/>MLB0901[^\"]*\"\\| r_10_0_0_1_\\d+", text);
        Assert.Matches("class n_worker_2_\\d+ error", text);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OneNode_ShowsOnlyThatNode()
    {
        var text = Render(new ExplainTextFormatter(), "worker-1");

        Assert.Contains("node worker-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("node worker-2", text, StringComparison.Ordinal);
    }
}
