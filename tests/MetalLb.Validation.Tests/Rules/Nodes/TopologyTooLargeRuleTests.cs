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
    public void WithinBudget_Silent_AndPerNodeRulesRun()
    {
        var report = Check.Yaml(Cluster, new ValidationOptions { MaxNodeObjectPairs = 3 });

        Assert.Empty(report.For("MLB1006"));
        Assert.Single(report.For("MLB1003"));
    }
}
