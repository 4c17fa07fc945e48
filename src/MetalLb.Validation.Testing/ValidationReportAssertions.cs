using System.Diagnostics;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Testing;

/// <summary>
/// Assertions on a <see cref="ValidationReport"/>. A failure is the test framework's own assertion failure (xunit, NUnit,
/// MSTest; <see cref="MetalLbAssertionException"/> elsewhere) and lists what the report holds instead, each finding with
/// its file:line:column, severity and rule id.
/// </summary>
public static class ValidationReportAssertions
{
    /// <summary>Fails unless the report has an error of rule <paramref name="ruleId"/>; narrow further with the result.</summary>
    [StackTraceHidden]
    public static FindingAssertion ShouldHaveError(this ValidationReport report, string ruleId) => ShouldHave(report, ruleId, DiagnosticSeverity.Error);

    /// <summary>Fails unless the report has a warning of rule <paramref name="ruleId"/>.</summary>
    [StackTraceHidden]
    public static FindingAssertion ShouldHaveWarning(this ValidationReport report, string ruleId) => ShouldHave(report, ruleId, DiagnosticSeverity.Warning);

    /// <summary>Fails unless the report has a finding of rule <paramref name="ruleId"/>, of any severity.</summary>
    [StackTraceHidden]
    public static FindingAssertion ShouldHaveFinding(this ValidationReport report, string ruleId) => ShouldHave(report, ruleId, null);

    /// <summary>Fails when the report has any error; warnings and infos are allowed.</summary>
    [StackTraceHidden]
    public static ValidationReport ShouldHaveNoErrors(this ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            HostFramework.Current.Fail($"Expected no errors, found {errors.Count}:{Environment.NewLine}{FindingText.List(errors)}");
        }

        return report;
    }

    /// <summary>Fails when the report has any finding at all (warnings and infos included).</summary>
    [StackTraceHidden]
    public static ValidationReport ShouldHaveNoFindings(this ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Diagnostics.Count > 0)
        {
            HostFramework.Current.Fail($"Expected no findings, found {report.Diagnostics.Count}:{Environment.NewLine}{FindingText.List(report.Diagnostics)}");
        }

        return report;
    }

    /// <summary>Fails when the report has a finding of rule <paramref name="ruleId"/>.</summary>
    [StackTraceHidden]
    public static ValidationReport ShouldNotHave(this ValidationReport report, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(report);
        ruleId = RuleIds.Resolve(report, ruleId);
        var found = report.For(ruleId).ToList();
        if (found.Count > 0)
        {
            HostFramework.Current.Fail($"Expected no {ruleId} finding, found {found.Count}:{Environment.NewLine}{FindingText.List(found)}");
        }

        return report;
    }

    [StackTraceHidden]
    private static FindingAssertion ShouldHave(ValidationReport report, string ruleId, DiagnosticSeverity? severity)
    {
        ArgumentNullException.ThrowIfNull(report);
        ruleId = RuleIds.Resolve(report, ruleId);
        var what = $"{(severity is null ? "finding" : severity.Value.ToString().ToLowerInvariant())} {ruleId}";
        var matches = report.Diagnostics.Where(d => d.RuleId == ruleId && (severity is null || d.Severity == severity)).ToList();
        if (matches.Count > 0)
        {
            return new FindingAssertion(report, matches, what);
        }

        var sameRule = report.For(ruleId).ToList();
        var detail = sameRule.Count > 0
            ? $"{ruleId} is reported with another severity:{Environment.NewLine}{FindingText.List(sameRule)}"
            : report.Diagnostics.Count == 0
                ? "the report has no findings at all."
                : $"the report has no {ruleId} finding; its findings are:{Environment.NewLine}{FindingText.List(report.Diagnostics)}";
        HostFramework.Current.Fail($"Expected {what}, but {detail}");
        return new FindingAssertion(report, [], what);
    }
}
