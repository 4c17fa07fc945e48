namespace MetalLb.Validation.Tests.Rules.Selectors;

public class SelectorRulesTests
{
    private static string Peer(string selectors) =>
        Check.Peer("p", "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1\nnodeSelectors:\n" + selectors);

    private static string L2(string spec) => $"""
        apiVersion: metallb.io/v1beta1
        kind: L2Advertisement
        metadata:
          name: l2
          namespace: metallb-system
        spec:
        {string.Join("\n", spec.Split('\n').Select(l => "  " + l))}
        """;

    private static string Pool(string allocation) => Check.Pool("pool", "10.0.0.0/24") .Replace("---", string.Empty, StringComparison.Ordinal)
        + "  serviceAllocation:\n" + string.Join("\n", allocation.Split('\n').Select(l => "    " + l)) + "\n";

    [Fact]
    public void MLB0700_UnknownOperator_FiresAtTheOperator()
    {
        var finding = Check.Single(Peer("- matchExpressions:\n  - {key: zone, operator: in, values: [a]}"), "MLB0700");
        Assert.Equal("spec.nodeSelectors[0].matchExpressions[0].operator", finding.Path);
        Assert.Contains("\"In\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0700_KnownOperator_Silent() => Check.None(Peer("- matchExpressions:\n  - {key: zone, operator: In, values: [a]}"), "MLB0700");

    [Fact]
    public void MLB0701_InWithoutValues_Fires() =>
        Assert.Equal("spec.nodeSelectors[0].matchExpressions[0].values", Check.Single(Peer("- matchExpressions:\n  - {key: zone, operator: NotIn}"), "MLB0701").Path);

    [Fact]
    public void MLB0701_ExistsWithoutValues_Silent() => Check.None(Peer("- matchExpressions:\n  - {key: zone, operator: Exists}"), "MLB0701");

    [Fact]
    public void MLB0702_ExistsWithValues_Fires() => Check.Single(Peer("- matchExpressions:\n  - {key: zone, operator: Exists, values: [a]}"), "MLB0702");

    [Fact]
    public void MLB0702_InWithValues_Silent() => Check.None(Peer("- matchExpressions:\n  - {key: zone, operator: In, values: [a]}"), "MLB0702");

    [Theory]
    [InlineData("Bad.Prefix/zone")]
    [InlineData("a/b/c")]
    [InlineData("-zone")]
    [InlineData("/zone")]
    public void MLB0703_BadMatchLabelKey_FiresAtTheKey(string key)
    {
        var finding = Check.Single(Peer($"- matchLabels:\n    \"{key}\": a"), "MLB0703");
        Assert.Equal($"spec.nodeSelectors[0].matchLabels[{key}]", finding.Path);
    }

    [Fact]
    public void MLB0703_DottedKey_IsLocatedOnItsLine()
    {
        var yaml = Peer("- matchLabels:\n    x.example.com/zone: a\n    \"bad key\": b");
        var finding = Check.Single(yaml, "MLB0703");
        Assert.Equal(13, finding.Location.Line);
    }

    [Fact]
    public void MLB0703_EmptyExpressionKey_Fires() => Check.Single(Peer("- matchExpressions:\n  - {key: \"\", operator: Exists}"), "MLB0703");

    [Fact]
    public void MLB0703_QualifiedKey_Silent() => Check.None(Peer("- matchLabels:\n    kubernetes.io/hostname: node-1\n    topology.kubernetes.io/zone: a"), "MLB0703");

    [Fact]
    public void MLB0704_BadValueInExpression_FiresAtTheValue() =>
        Assert.Equal("spec.nodeSelectors[0].matchExpressions[0].values[1]",
            Check.Single(Peer("- matchExpressions:\n  - {key: zone, operator: In, values: [a, \"b c\"]}"), "MLB0704").Path);

    [Fact]
    public void MLB0704_LongMatchLabelValue_Fires() => Check.Single(Peer($"- matchLabels:\n    zone: {new string('a', 64)}"), "MLB0704");

    [Fact]
    public void MLB0704_EmptyAndNormalValues_Silent() => Check.None(Peer("- matchLabels:\n    zone: \"\"\n    rack: r1.a-b_c"), "MLB0704");

    [Fact]
    public void MLB0705_SameSelectorWithValuesInAnotherOrder_Fires()
    {
        var finding = Check.Single(Peer("- matchExpressions:\n  - {key: zone, operator: In, values: [a, b]}\n- matchExpressions:\n  - {key: zone, operator: In, values: [b, a]}"), "MLB0705");
        Assert.Equal("spec.nodeSelectors[1]", finding.Path);
    }

    [Fact]
    public void MLB0705_LabelVersusEquivalentExpression_Silent() =>
        Check.None(Peer("- matchLabels:\n    zone: a\n- matchExpressions:\n  - {key: zone, operator: In, values: [a]}"), "MLB0705");

    [Fact]
    public void MLB0706_RepeatedExpression_Fires() =>
        Assert.Equal("spec.nodeSelectors[0].matchExpressions[1]",
            Check.Single(Peer("- matchExpressions:\n  - {key: zone, operator: In, values: [a]}\n  - {key: zone, operator: In, values: [a]}"), "MLB0706").Path);

    [Fact]
    public void MLB0706_DifferentExpressions_Silent() =>
        Check.None(Peer("- matchExpressions:\n  - {key: zone, operator: In, values: [a]}\n  - {key: zone, operator: NotIn, values: [a]}"), "MLB0706");

    [Fact]
    public void MLB0707_RepeatedValue_Fires() => Check.Single(Peer("- matchExpressions:\n  - {key: zone, operator: In, values: [a, a]}"), "MLB0707");

    [Fact]
    public void MLB0707_DistinctValues_Silent() => Check.None(Peer("- matchExpressions:\n  - {key: zone, operator: In, values: [a, b]}"), "MLB0707");

    [Fact]
    public void Selectors_OfL2PreferredNodeSelectors_AreDroppedWithTheField()
    {
        // No release has preferredNodeSelectors: the field is reported once (MLB0005), not its selectors.
        var yaml = L2("preferredNodeSelectors:\n- weight: 10\n  preference:\n    matchExpressions:\n    - {key: zone, operator: Equals, values: [a]}");
        Check.None(yaml, "MLB0700");
        Check.Single(yaml, "MLB0005");
    }

    [Fact]
    public void Selectors_OfPoolServiceAllocation_AreChecked()
    {
        var finding = Check.Single(Pool("namespaceSelectors:\n- matchLabels: {team: a}\n- matchLabels: {team: a}"), "MLB0705");
        Assert.Equal("spec.serviceAllocation.namespaceSelectors[1]", finding.Path);
        Assert.Contains("namespaceSelectors", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.13.9", false)]
    [InlineData("0.13.10", true)]
    public void MLB0705_OnServiceAllocation_OnlyFromTheReleaseThatChecksIt(string release, bool fires)
    {
        var findings = Check.Findings(Pool("namespaceSelectors:\n- matchLabels: {team: a}\n- matchLabels: {team: a}"), "MLB0705", new ValidationOptions { MetalLbVersion = Version.Parse(release) });

        Assert.Equal(fires ? 1 : 0, findings.Count);
    }

    [Fact]
    public void Selectors_OfL2ServiceSelectors_AreChecked() =>
        Assert.Equal("spec.serviceSelectors[0].matchExpressions[0].values",
            Check.Single(L2("serviceSelectors:\n- matchExpressions:\n  - {key: app, operator: In}"), "MLB0701").Path);

    [Fact]
    public void Selectors_AllValid_HaveNoSelectorFindings()
    {
        var report = Check.Yaml(Peer("- matchLabels: {zone: a}\n  matchExpressions:\n  - {key: rack, operator: Exists}\n- matchLabels: {zone: b}"));
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId.StartsWith("MLB07", StringComparison.Ordinal));
    }
}
