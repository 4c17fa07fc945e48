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
    public void MLB0109_NegativePriority_Warns() => Assert.Equal(Severity.Warning, Check.Single(Pool("priority: -1"), "MLB0109").Severity);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void MLB0109_ZeroOrPositivePriority_Silent(int priority) => Check.None(Pool($"priority: {priority}"), "MLB0109");
}
