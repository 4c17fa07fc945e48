using System.CommandLine;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>
/// <c>metallb-validate node-check --node NAME</c>: run on the node itself (init container, DaemonSet with host
/// networking), it validates the configuration against this machine's real interfaces.
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

        var command = new Command("node-check", "Validate against this machine's interfaces as node NAME; only findings about this node (or no node) count. Exit codes as validate.");
        shared.AddTo(command);
        command.Add(node);
        command.Add(format.Option);
        command.SetAction(parsed =>
        {
            var settings = RunSettingsBuilder.Build(parsed, shared);
            var name = parsed.GetValue(node) ?? Environment.GetEnvironmentVariable("NODE_NAME") ?? Environment.MachineName;
            if (name.Length == 0)
            {
                throw new UsageException("--node must not be empty");
            }

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
}
