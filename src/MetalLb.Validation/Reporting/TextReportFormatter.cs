using System.Globalization;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Reporting;

/// <summary>Human-readable output grouped by file, with a one-line summary; ANSI colour only when asked for.</summary>
public sealed class TextReportFormatter(bool useColor = false) : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var file in report.Diagnostics.GroupBy(d => d.Location.File))
        {
            output.WriteLine(Paint(file.Key.Length == 0 ? "(no file)" : file.Key, "1"));
            foreach (var d in file)
            {
                var position = d.Location.IsKnown ? $"{d.Location.Line}:{d.Location.Column}" : "-";
                var severity = d.Severity.ToString().ToLowerInvariant();
                var about = string.Join(" ", new[] { d.Resource?.ToString(), d.Node is null ? null : $"node {d.Node}" }.Where(s => s is not null));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {position,-8} {Paint(severity.PadRight(7), SeverityColor(d.Severity))} {d.RuleId}  {d.Message}{(about.Length > 0 ? $"  [{about}]" : string.Empty)}"));
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(report));
    }

    /// <summary>The last line: counts of errors, warnings and infos over resources.</summary>
    public static string Summary(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var skipped = report.SkippedKinds.Values.Sum();
        var skippedText = skipped == 0 ? string.Empty : $", {skipped} other object{Plural(skipped)} skipped";
        skippedText += report.Suppressed.Count == 0 ? string.Empty : $", {report.Suppressed.Count} finding{Plural(report.Suppressed.Count)} suppressed by annotations";
        return string.Create(CultureInfo.InvariantCulture, $"{report.ErrorCount} error{Plural(report.ErrorCount)}, {report.WarningCount} warning{Plural(report.WarningCount)}, {report.InfoCount} info{Plural(report.InfoCount)} in {report.ResourceCount} resource{Plural(report.ResourceCount)}{skippedText} (mode {report.Options.Mode.ToConfigName()}, MetalLB {report.Options.MetalLbVersion}{NamespaceText(report)})");
    }

    private static string NamespaceText(ValidationReport report) =>
        report.Namespace is { } ns ? $", namespace {ns.Name}: {ns.Reason}" : string.Empty;

    private static string Plural(int n) => n == 1 ? string.Empty : "s";

    private static string SeverityColor(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "31",
        DiagnosticSeverity.Warning => "33",
        _ => "36",
    };

    private string Paint(string text, string code) => useColor ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
