using System.CommandLine;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Cli.Commands;

/// <summary><c>metallb-validate validate</c>: every finding in a set of manifests, exit code 0, 1 or 2.</summary>
internal static class ValidateCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var shared = new SharedOptions();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (grouped by file; colour on a terminal unless NO_COLOR is set), json (the stable contract), sarif (SARIF 2.1.0 for code scanning) or junit (JUnit XML for CI servers).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "junit");

        var command = new Command("validate", "Validate MetalLB manifests and report every finding with file:line:column, rule id and severity.");
        shared.AddTo(command);
        command.Add(format);
        command.SetAction(parsed =>
        {
            var settings = RunSettingsBuilder.Build(parsed, shared);
            var set = Load(settings, io);
            var report = new MetalLbValidator(settings.Options).Validate(set);
            IReportFormatter formatter = parsed.GetValue(format) switch
            {
                "json" => new JsonReportFormatter(),
                "sarif" => new SarifReportFormatter(ToolVersion.Informational),
                "junit" => new JUnitReportFormatter(set.Objects),
                _ => new TextReportFormatter(io.WantsColor),
            };
            formatter.Write(report, io.Out);
            return report.HasErrors ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }

    public static ConfigurationSet Load(RunSettings settings, ConsoleStreams io)
    {
        var loader = new ConfigurationLoader(settings.Options.Limits);
        var paths = settings.Paths.Count == 0 ? ["-"] : settings.Paths;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                loader.AddText(io.In.ReadToEnd(), "<stdin>");
            }
            else
            {
                loader.AddPath(path, settings.Includes);
            }
        }

        foreach (var (node, file) in settings.IpAddrFiles)
        {
            loader.AddIpAddressJsonFile(node, file);
        }

        return loader.Build();
    }
}
