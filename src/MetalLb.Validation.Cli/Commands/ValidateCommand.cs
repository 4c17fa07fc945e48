using System.CommandLine;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Cli.Commands;

/// <summary><c>metallb-validate validate</c>: every finding in a set of manifests, exit code 0, 1 or 2.</summary>
internal static class ValidateCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var shared = new SharedOptions();
        var format = new ReportFormatOption();
        var cluster = new ClusterOptions();

        var command = new Command("validate", "Validate MetalLB manifests and report every finding with file:line:column, rule id and severity.");
        shared.AddTo(command);
        command.Add(format.Option);
        cluster.AddTo(command);
        command.SetAction(parsed =>
        {
            var settings = RunSettingsBuilder.Build(parsed, shared);
            if (cluster.IsCluster(parsed, settings))
            {
                return ValidateCluster(parsed, settings, cluster, format, io);
            }

            var set = Load(settings, io);
            var report = new MetalLbValidator(settings.Options).Validate(set);
            format.Formatter(parsed, set, io).Write(report, io.Out);
            return settings.ExitCode(report.Diagnostics);
        });
        return command;
    }

    private static int ValidateCluster(ParseResult parsed, RunSettings settings, ClusterOptions cluster, ReportFormatOption format, ConsoleStreams io)
    {
        var input = ClusterInput.Read(parsed, cluster, settings, io);
        var report = new MetalLbValidator(input.Options).Validate(input.Set);
        format.Formatter(parsed, input.Set, io, input.Source).Write(report, io.Out);
        return settings.ExitCode(report.Diagnostics);
    }

    public static ConfigurationSet Load(RunSettings settings, ConsoleStreams io)
    {
        var loader = new ConfigurationLoader(settings.Options.Limits);
        var paths = settings.Paths.Count == 0 ? ["-"] : settings.Paths;
        foreach (var path in paths)
        {
            if (path == "-" && io.InBytes is { } bytes)
            {
                loader.AddStream(bytes, "<stdin>");
            }
            else if (path == "-")
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
