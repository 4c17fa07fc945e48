using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error</c>, <c>::warning</c> or <c>::notice</c> line per finding, which the
/// runner turns into annotations on the file and line, then the summary as a plain line.
/// </summary>
internal sealed class GitHubAnnotationFormatter : IReportFormatter
{
    public string Name => "github";

    public void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var d in report.Diagnostics)
        {
            var command = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "notice" };
            var properties = new List<string>();
            if (d.Location.File is { Length: > 0 } file && !file.StartsWith('<'))
            {
                properties.Add($"file={Property(file.Replace('\\', '/'))}");
                if (d.Location.IsKnown)
                {
                    properties.Add($"line={d.Location.Line}");
                    properties.Add($"col={d.Location.Column}");
                }
            }

            properties.Add($"title={Property(d.RuleId)}");
            var subject = d.Resource is { } r ? $" [{r.Kind}/{r.Name}]" : string.Empty;
            var node = d.Node is null ? string.Empty : $" (node {d.Node})";
            output.WriteLine($"::{command} {string.Join(",", properties)}::{Data($"{d.RuleId}: {d.Message}{subject}{node}")}");
        }

        output.WriteLine(TextReportFormatter.Summary(report));
    }

    // Workflow command escaping (actions/toolkit, command.ts): data escapes % CR LF; properties also : and ,.
    private static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
