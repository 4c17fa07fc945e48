using System.CommandLine;
using MetalLb.Validation.Cli.Monitor;
using MetalLb.Validation.Cli.NodeAgent;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Preflight;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>
/// <c>metallb-validate node-check --node NAME</c>: run on the node itself (init container, DaemonSet with host
/// networking), it validates the configuration against this machine's real interfaces. With <c>--watch</c> it keeps
/// doing so as the node agent (a DaemonSet) and serves the results on <c>--listen</c>.
/// </summary>
internal static class NodeCheckCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var shared = new SharedOptions();
        var node = new Option<string?>("--node")
        {
            Description = "The Kubernetes name of this node (default: $NODE_NAME, else the host name).",
        };
        var format = new ReportFormatOption();
        var watch = new WatchOptions();

        var command = new Command("node-check", "Validate against this machine's interfaces as node NAME; only findings about this node (or no node) count. Exit codes as validate. With --watch: keep validating every --interval and serve /metrics, /healthz, /readyz, /api/v1/interfaces and /api/v1/findings on --listen until SIGTERM (the node agent).");
        shared.AddTo(command);
        command.Add(node);
        command.Add(format.Option);
        watch.AddTo(command);
        command.SetAction(parsed =>
        {
            var settings = RunSettingsBuilder.Build(parsed, shared);
            var name = parsed.GetValue(node) ?? Environment.GetEnvironmentVariable("NODE_NAME") ?? Environment.MachineName;
            if (name.Length == 0)
            {
                throw new UsageException("--node must not be empty");
            }

            if (parsed.GetValue(watch.Watch))
            {
                return Watch(parsed, watch, settings, name, io);
            }

            watch.RequireWatch(parsed);

            var local = LocalInterfaces.Read(name);
            var set = ValidateCommand.Load(settings, io);
            var report = NodeCheck.Validate(new MetalLbValidator(settings.Options), set, name, local);
            if (format.IsText(parsed))
            {
                var addresses = local.Interfaces.Sum(i => i.Addresses.Count);
                io.Out.WriteLine($"node-check {name}: {local.Interfaces.Count} interfaces, {addresses} addresses on this host");
            }

            format.Formatter(parsed, set, io).Write(report, io.Out);

            return settings.ExitCode(report.Diagnostics);
        });
        return command;
    }

    private static int Watch(ParseResult parsed, WatchOptions watch, RunSettings settings, string name, ConsoleStreams io)
    {
        if (settings.Paths.Count == 0 || settings.Paths.Contains("-"))
        {
            throw new UsageException("node-check --watch reads its input again every round: give files or directories (a mounted ConfigMap), not standard input");
        }

        if (name.Length > 253 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new UsageException($"--node must be a Kubernetes node name (letters, digits, '.', '-'), not '{name}'");
        }

        var agent = new AgentSettings
        {
            Node = name,
            Options = settings.Options,
            Interval = WatchOptions.Duration(parsed.GetValue(watch.Interval)!, "--interval", TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)),
            PreflightInterval = parsed.GetValue(watch.PreflightInterval) is { } every ? WatchOptions.Duration(every, "--preflight-interval", TimeSpan.FromSeconds(10), TimeSpan.FromDays(1)) : null,
            Preflight = new PreflightOptions
            {
                Mode = settings.Options.Mode,
                Timeout = parsed.GetValue(watch.PreflightTimeout) is { } step ? WatchOptions.Duration(step, "--preflight-timeout", TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(5)) : null,
                DisabledRules = settings.Options.DisabledRules,
                SeverityOverrides = settings.Options.SeverityOverrides,
                MountedSecrets = PreflightCommand.MountedSecrets(parsed.GetValue(watch.Secrets) ?? []),
            },
        };
        var address = ListenAddress.Parse(parsed.GetValue(watch.Listen)!);
        return AgentHost.RunAsync(agent, () => ValidateCommand.Load(settings, io), address, io).GetAwaiter().GetResult();
    }
}
