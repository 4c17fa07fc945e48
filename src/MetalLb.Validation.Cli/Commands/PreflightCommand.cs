using System.CommandLine;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Preflight;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>
/// <c>metallb-validate preflight --node NAME</c>: opens every BGP session the node would open, for real, and reports
/// each outcome. Exit 0 when no session failed (sessions it cannot probe are warnings), 1 when one did, 2 on usage errors.
/// </summary>
internal static class PreflightCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var shared = new SharedOptions();
        var node = new Option<string>("--node")
        {
            Description = "The Kubernetes node this runs on: its labels (from a Node object in the input) select the peers.",
            Required = true,
        };
        var timeout = new Option<string?>("--timeout")
        {
            Description = "Bound for each step of a probe (connect, the router's OPEN, its KEEPALIVE), e.g. 5s; default: each peer's connectTime, else 5s.",
        };
        var secrets = new Option<string[]>("--secret")
        {
            HelpName = "NAME=DIR",
            Description = "Where Secret NAME is mounted (a Secret volume: one file per key). Peers whose passwordSecret names it are probed with TCP-MD5 using its 'password' key. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new ReportFormatOption();

        var command = new Command(
            "preflight",
            "Run on a node: open every BGP session it would open (bind sourceAddress, TCP-MD5, connect, OPEN, KEEPALIVE), close each with Cease, and report. Real connections to the configured routers; never announces a route.");
        shared.AddTo(command);
        command.Add(node);
        command.Add(timeout);
        command.Add(secrets);
        command.Add(format.Option);
        command.SetAction(parsed =>
        {
            var settings = RunSettingsBuilder.Build(parsed, shared);
            var step = parsed.GetValue(timeout) is { } text ? ParseTimeout(text) : (TimeSpan?)null;
            var nodeName = parsed.GetValue(node);
            if (string.IsNullOrWhiteSpace(nodeName))
            {
                throw new UsageException("--node needs the name of the node this runs on");
            }

            var set = ValidateCommand.Load(settings, io);
            var options = new PreflightOptions
            {
                Mode = settings.Options.Mode,
                Timeout = step,
                DisabledRules = settings.Options.DisabledRules,
                SeverityOverrides = settings.Options.SeverityOverrides,
                MountedSecrets = MountedSecrets(parsed.GetValue(secrets) ?? []),
            };
            var report = new PreflightRunner(options).RunAsync(set, nodeName).GetAwaiter().GetResult();
            format.Formatter(parsed, set, io).Write(report, io.Out);
            return settings.ExitCode(report.Diagnostics);
        });
        return command;
    }

    internal static Dictionary<string, string> MountedSecrets(string[] values)
    {
        var mounted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, directory) in values.Select(v => RunSettingsBuilder.Pair(v, "--secret", "NAME=DIR")))
        {
            if (!Directory.Exists(directory))
            {
                throw new UsageException($"--secret {name}={directory}: no such directory");
            }

            if (!mounted.TryAdd(name, directory))
            {
                throw new UsageException($"--secret {name} is given twice");
            }
        }

        return mounted;
    }

    private static TimeSpan ParseTimeout(string text) =>
        GoDuration.TryParse(text, out var value) && value > TimeSpan.Zero && value <= TimeSpan.FromMinutes(5)
            ? value
            : throw new UsageException($"--timeout must be a duration between 1ms and 5m such as 5s or 500ms, not '{text}'");
}
