using System.CommandLine;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Cli.Commands;

/// <summary><c>metallb-validate explain</c>: per node, its sessions and announced pools with the findings that concern it.</summary>
internal static class ExplainCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var shared = new SharedOptions();
        var cluster = new ClusterOptions();
        var node = new Option<string?>("--node") { Description = "Show only this node." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, json or mermaid (a flowchart GitHub renders).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "mermaid");

        var command = new Command("explain", "Show, for each node, the BGP sessions it opens, the pools it announces (BGP and L2), the addresses it owns and the findings that concern it. Exit codes as validate.");
        shared.AddTo(command);
        command.Add(node);
        command.Add(format);
        cluster.AddTo(command);
        command.SetAction(parsed =>
        {
            var settings = RunSettingsBuilder.Build(parsed, shared);
            var input = cluster.IsCluster(parsed, settings) ? ClusterInput.Read(parsed, cluster, settings, io) : null;
            var set = input?.Set ?? ValidateCommand.Load(settings, io);
            var options = input?.Options ?? settings.Options;
            var report = new MetalLbValidator(options).Validate(set);
            var only = parsed.GetValue(node);
            var explanation = new TopologyExplanation(set, report, only);
            var topology = explanation.Topology;
            if (only is not null && topology.Node(only) is null)
            {
                throw new UsageException($"node '{only}' is not in the input (nodes: {(topology.Nodes.Count == 0 ? "none" : string.Join(", ", topology.Nodes.Select(n => n.Name)))})");
            }

            IExplainFormatter formatter = parsed.GetValue(format) switch
            {
                "json" => new ExplainJsonFormatter(),
                "mermaid" => new ExplainMermaidFormatter(),
                _ => new ExplainTextFormatter(),
            };
            formatter.Write(explanation, io.Out);
            return settings.ExitCode(only is null ? report.Diagnostics : report.Diagnostics.Where(d => NodeCheck.Concerns(d, only)));
        });
        return command;
    }
}
