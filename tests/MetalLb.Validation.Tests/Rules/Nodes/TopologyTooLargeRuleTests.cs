namespace MetalLb.Validation.Tests.Rules.Nodes;

public class TopologyTooLargeRuleTests
{
    // Three nodes, one peer without selectors (3 pairs) and one naming a node that does not exist (0 pairs).
    private static readonly string Cluster = string.Join("---\n", Enumerable.Range(1, 3).Select(i => $"apiVersion: v1\nkind: Node\nmetadata:\n  name: worker-{i}\n")) + "---\n"
        + Check.Peer("everywhere", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1")
        + Check.Peer("nowhere", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.2\nnodeSelectors:\n- matchLabels:\n    kubernetes.io/hostname: worker-9");

    [Fact]
    public void OverBudget_ReportsOnce_AndPerNodeRulesStaySilent()
    {
        var report = Check.Yaml(Cluster, new ValidationOptions { MaxNodeObjectPairs = 2 });

        var finding = Assert.Single(report.For("MLB1006"));
        Assert.Contains("3 (node, object) pairs", finding.Message, StringComparison.Ordinal);
        Assert.Empty(report.For("MLB1003"));
    }

    [Fact]
    public void OverBudget_SourceAddressChecksStaySilent_WithoutAnInternalError()
    {
        var node = "apiVersion: v1\nkind: Node\nmetadata:\n  name: worker-1\n  labels:\n    kubernetes.io/hostname: worker-1\nstatus:\n  addresses:\n  - type: InternalIP\n    address: 10.0.0.11\n---\n";
        var other = node.Replace("worker-1", "worker-2", StringComparison.Ordinal).Replace("10.0.0.11", "10.0.0.12", StringComparison.Ordinal);
        var yaml = node + other + Check.Peer("pinned", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nsourceAddress: 10.0.0.12\nnodeSelectors:\n- matchLabels:\n    kubernetes.io/hostname: worker-1");

        var report = Check.Yaml(yaml, new ValidationOptions { Mode = Diagnostics.BackendMode.Frr, MaxNodeObjectPairs = 0 });

        Assert.Single(report.For("MLB1006"));
        Assert.Empty(report.For("MLB0000"));
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId is "MLB0901" or "MLB0920");
        Assert.Single(Check.Yaml(yaml, new ValidationOptions { Mode = Diagnostics.BackendMode.Frr }).For("MLB0920"));
    }

    [Fact]
    public void WithinBudget_Silent_AndPerNodeRulesRun()
    {
        var report = Check.Yaml(Cluster, new ValidationOptions { MaxNodeObjectPairs = 3 });

        Assert.Empty(report.For("MLB1006"));
        Assert.Single(report.For("MLB1003"));
    }
}
