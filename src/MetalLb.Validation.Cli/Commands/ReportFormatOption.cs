using System.CommandLine;
using MetalLb.Validation.Model;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Reporting.Json;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>The <c>--format</c> option of the commands that print a report, and the formatter it names.</summary>
internal sealed class ReportFormatOption
{
    public Option<string> Option { get; } = CreateOption();

    public bool IsText(ParseResult parsed) => parsed.GetValue(Option) == "text";

    /// <summary>The formatter; <paramref name="source"/> (a live cluster) goes into the JSON and SARIF reports.</summary>
    public IReportFormatter Formatter(ParseResult parsed, ConfigurationSet set, ConsoleStreams io, JsonSource? source = null) => parsed.GetValue(Option) switch
    {
        "json" => new JsonReportFormatter { Source = source },
        "sarif" => new SarifReportFormatter(ToolVersion.Informational) { Source = source },
        "junit" => new JUnitReportFormatter(set.Objects),
        "github" => new Reporting.GitHubAnnotationFormatter(),
        _ => new TextReportFormatter(io.WantsColor),
    };

    private static Option<string> CreateOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: text (grouped by file; colour on a terminal unless NO_COLOR is set), json (the stable contract), sarif (SARIF 2.1.0 for code scanning), junit (JUnit XML for CI servers) or github (GitHub Actions annotations).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json", "sarif", "junit", "github");
        return option;
    }
}
