using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules;
using MetalLb.Validation.Tests.Topology;

namespace MetalLb.Validation.Tests.Advice;

/// <summary>
/// Every fix a message gives, applied to the firing fixture and validated again in the same mode and release: the
/// finding is gone, no new error appears, and no new warning of the rule's category.
/// </summary>
public class FixThenRevalidateTests
{
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var row in AdviceRows.All)
        {
            data.Add(row.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void FollowingTheAdvice_RemovesTheFinding_AndAddsNoError(string key)
    {
        var row = AdviceRows.All.Single(r => r.Key == key);
        var before = Validate(row, row.Firing);
        var fired = before.For(row.RuleId).ToList();
        Assert.True(fired.Count > 0, $"{key}: the firing fixture does not fire:\n{string.Join("\n", before.Diagnostics)}");
        Assert.True(fired.Any(d => d.Message.Contains(row.Advice, StringComparison.Ordinal)), $"{key}: no message gives the advice the row applies (\"{row.Advice}\"):\n{string.Join("\n", fired.Select(d => d.Message))}");

        var after = Validate(row, row.Fixed);
        Assert.True(!after.For(row.RuleId).Any(), $"{key}: still fires after the fix:\n{string.Join("\n", after.For(row.RuleId))}");
        var category = RuleCatalog.Default.Find(row.RuleId)!.Category;
        var old = before.Diagnostics.Select(Identity).ToHashSet();
        var added = after.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && RuleCatalog.Default.Find(d.RuleId)?.Category == category))
            .Where(d => !old.Contains(Identity(d)))
            .ToList();
        Assert.True(added.Count == 0, $"{key}: the fix creates new findings:\n{string.Join("\n", added)}");
    }

    [Fact]
    public void EveryRow_NamesAKnownRule_AndAnApplicableModeAndRelease()
    {
        foreach (var row in AdviceRows.All)
        {
            var rule = RuleCatalog.Default.Find(row.RuleId);
            Assert.True(rule is not null, row.Key);
            Assert.True(rule.AppliesFor(row.Mode, Version.Parse(row.Release)), $"{row.Key}: the rule does not run there");
        }

        Assert.Equal(AdviceRows.All.Count, AdviceRows.All.Select(r => r.Key).Distinct().Count());
    }

    /// <summary>
    /// Every rule of the catalog is accounted for: it has a row, or it is exempt with a reason. A new rule fails here until classified.
    /// </summary>
    [Fact]
    public void EveryRule_IsCoveredOrExempted()
    {
        var covered = AdviceRows.All.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var exempt = AdviceCoverage.Exempt.Keys.ToList();
        Assert.Empty(covered.Intersect(exempt));

        var unclassified = RuleCatalog.Default.Descriptors.Select(d => d.Id).Where(id => !covered.Contains(id) && !exempt.Contains(id)).ToList();
        Assert.True(unclassified.Count == 0, $"rules with no fix-then-revalidate row and no exemption: {string.Join(", ", unclassified)}");
        Assert.All(AdviceCoverage.Exempt, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
        var stale = exempt.Where(id => RuleCatalog.Default.Find(id) is null).ToList();
        Assert.True(stale.Count == 0, $"exemptions for rules that do not exist: {string.Join(", ", stale)}");
    }

    private static (string RuleId, string? Resource, string? Path, string? Node) Identity(Diagnostic d) =>
        (d.RuleId, d.Resource?.ToString(), d.Path, d.Node);

    private static ValidationReport Validate(AdviceRow row, string yaml)
    {
        var options = new ValidationOptions { Mode = row.Mode, MetalLbVersion = Version.Parse(row.Release) };
        return row.Topology
            ? new MetalLbValidator(options).Validate(TopologyFixture.Load(yaml))
            : new MetalLbValidator(options).ValidateText(yaml, "test.yaml");
    }
}
