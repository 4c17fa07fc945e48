namespace MetalLb.Validation.Cli.Reporting;

/// <summary>"1 error, 2 warnings": the counts the long-running commands write in their log lines and readiness.</summary>
internal static class FindingCounts
{
    public static string Of(ValidationReport report) => $"{Counted(report.ErrorCount, "error")}, {Counted(report.WarningCount, "warning")}";

    private static string Counted(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
