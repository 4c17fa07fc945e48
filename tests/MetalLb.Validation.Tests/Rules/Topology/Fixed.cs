using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Rules.Topology;

/// <summary>Asserts for fix-then-revalidate tests: the finding is gone and no new warning or error appeared.</summary>
internal static class Fixed
{
    public static void Assert(ValidationReport before, ValidationReport after, string ruleId)
    {
        Xunit.Assert.NotEmpty(before.For(ruleId));
        Xunit.Assert.True(!after.For(ruleId).Any(), $"{ruleId} still fires after the fix:\n{string.Join("\n", after.Diagnostics)}");
        var old = before.Diagnostics.Select(d => (d.RuleId, d.Severity)).ToHashSet();
        var added = after.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !old.Contains((d.RuleId, d.Severity))).ToList();
        Xunit.Assert.True(added.Count == 0, $"the fix brought new findings:\n{string.Join("\n", added)}");
    }
}
