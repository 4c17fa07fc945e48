using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Testing;

/// <summary>Assertions on a <see cref="ValidationReport"/>; each failure lists what the report holds instead.</summary>
public static class ValidationReportAssertions
{
    /// <summary>Fails unless the report has an error of rule <paramref name="ruleId"/>; narrow further with the result.</summary>
    public static FindingAssertion ShouldHaveError(this ValidationReport report, string ruleId) => ShouldHave(report, ruleId, Severity.Error);

    /// <summary>Fails unless the report has a warning of rule <paramref name="ruleId"/>.</summary>
    public static FindingAssertion ShouldHaveWarning(this ValidationReport report, string ruleId) => ShouldHave(report, ruleId, Severity.Warning);

    /// <summary>Fails unless the report has a finding of rule <paramref name="ruleId"/>, of any severity.</summary>
    public static FindingAssertion ShouldHaveFinding(this ValidationReport report, string ruleId) => ShouldHave(report, ruleId, null);

    /// <summary>Fails when the report has any error; warnings and infos are allowed.</summary>
    public static ValidationReport ShouldHaveNoErrors(this ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        return errors.Count == 0
            ? report
            : throw new MetalLbAssertionException($"Expected no errors, found {errors.Count}:{Environment.NewLine}{FindingText.List(errors)}");
    }

    /// <summary>Fails when the report has any finding at all (warnings and infos included).</summary>
    public static ValidationReport ShouldHaveNoFindings(this ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Diagnostics.Count == 0
            ? report
            : throw new MetalLbAssertionException($"Expected no findings, found {report.Diagnostics.Count}:{Environment.NewLine}{FindingText.List(report.Diagnostics)}");
    }

    /// <summary>Fails when the report has a finding of rule <paramref name="ruleId"/>.</summary>
    public static ValidationReport ShouldNotHave(this ValidationReport report, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var found = report.For(ruleId).ToList();
        return found.Count == 0
            ? report
            : throw new MetalLbAssertionException($"Expected no {ruleId} finding, found {found.Count}:{Environment.NewLine}{FindingText.List(found)}");
    }

    private static FindingAssertion ShouldHave(ValidationReport report, string ruleId, Severity? severity)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(ruleId);
        var what = severity is null ? $"a {ruleId} finding" : $"{ruleId} {severity.Value.ToString().ToLowerInvariant()}";
        var matches = report.Diagnostics.Where(d => d.RuleId == ruleId && (severity is null || d.Severity == severity)).ToList();
        if (matches.Count > 0)
        {
            return new FindingAssertion(report, matches, what);
        }

        var sameRule = report.For(ruleId).ToList();
        var detail = sameRule.Count > 0
            ? $"{ruleId} was reported with another severity:{Environment.NewLine}{FindingText.List(sameRule)}"
            : $"the report has these findings instead:{Environment.NewLine}{FindingText.List(report.Diagnostics, "no findings at all")}";
        throw new MetalLbAssertionException($"Expected {what}, but {detail}");
    }
}
