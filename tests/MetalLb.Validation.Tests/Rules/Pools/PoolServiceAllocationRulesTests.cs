using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Rules.Pools;

public class PoolServiceAllocationRulesTests
{
    private static string Pool(string allocation) => Check.Pool("pool", "10.0.0.0/24").Replace("---", string.Empty, StringComparison.Ordinal)
        + "  serviceAllocation:\n" + string.Join("\n", allocation.Split('\n').Select(l => "    " + l)) + "\n";

    [Fact]
    public void MLB0108_RepeatedNamespace_FiresAtTheRepeat() =>
        Assert.Equal("spec.serviceAllocation.namespaces[2]", Check.Single(Pool("namespaces: [a, b, a]"), "MLB0108").Path);

    [Fact]
    public void MLB0108_DistinctNamespaces_Silent() => Check.None(Pool("namespaces: [a, b]"), "MLB0108");

    [Fact]
    public void MLB0109_NegativePriority_Warns() => Assert.Equal(DiagnosticSeverity.Warning, Check.Single(Pool("priority: -1"), "MLB0109").Severity);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void MLB0109_ZeroOrPositivePriority_Silent(int priority) => Check.None(Pool($"priority: {priority}"), "MLB0109");

    private const string Namespaces = """
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team-a
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team-b

        """;

    [Theory]
    [InlineData("Team-A")]
    [InlineData("team_a")]
    [InlineData("-a")]
    public void MLB0110_ImpossibleNamespaceName_Warns(string name) =>
        Assert.Equal(DiagnosticSeverity.Warning, Check.Single(Pool($"namespaces: [\"{name}\"]"), "MLB0110").Severity);

    [Fact]
    public void MLB0110_NamespaceName_Silent() => Check.None(Pool("namespaces: [team-a, kube-system, a1]"), "MLB0110");

    [Fact]
    public void MLB0111_NamespaceNotGiven_Warns() =>
        Assert.Equal("spec.serviceAllocation.namespaces[1]", Check.Single(Pool("namespaces: [team-a, team-c]") + Namespaces, "MLB0111").Path);

    [Fact]
    public void MLB0111_GivenNamespaces_Silent() => Check.None(Pool("namespaces: [team-a, team-b]") + Namespaces, "MLB0111");

    [Fact]
    public void MLB0111_NoNamespacesGiven_Silent() => Check.None(Pool("namespaces: [team-c]"), "MLB0111");
}
