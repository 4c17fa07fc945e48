using System.CommandLine;
using MetalLb.Validation.Cli.Commands;
using MetalLb.Validation.Cli.Monitor.Events;
using MetalLb.Validation.Kubernetes;
using MetalLb.Validation.Cli.Reporting;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary>
/// <c>metallb-validate monitor</c>: a long-running service that keeps a live view of the cluster, validates it after
/// every change and serves /metrics, /healthz, /readyz and a read-only JSON API on one port until SIGTERM or Ctrl+C.
/// </summary>
internal static class MonitorCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var shared = new SharedOptions();
        var cluster = new ClusterOptions();
        var listen = new Option<string>("--listen")
        {
            HelpName = "HOST:PORT",
            Description = "Where to serve /metrics, /healthz, /readyz and /api/v1 (default 127.0.0.1:9464; :9464 for every address, as in a pod).",
            DefaultValueFactory = _ => "127.0.0.1:9464",
        };
        var staleAfter = new Option<int>("--stale-after")
        {
            HelpName = "SECONDS",
            Description = "While the API server cannot be read, serve the last good view this long, then report it stale (default 300).",
            DefaultValueFactory = _ => 300,
        };
        var resync = new Option<int>("--resync")
        {
            HelpName = "SECONDS",
            Description = "Validate a healthy view again this often even when nothing changed (default 60).",
            DefaultValueFactory = _ => 60,
        };
        var debounce = new Option<int>("--debounce-ms")
        {
            HelpName = "MS",
            Description = "Validate once changes pause this long (default 250).",
            DefaultValueFactory = _ => 250,
        };
        var events = new Option<bool>("--no-events")
        {
            Description = "Record no Kubernetes Events for findings that appear or clear.",
        };

        var agents = new Option<string?>("--node-agents")
        {
            HelpName = "[NAMESPACE/]SERVICE",
            Description = "Ask the node agents behind this Service (its EndpointSlices) for the interfaces of nodes that have no NodeNetworkState; NAMESPACE defaults to the monitor's own (POD_NAMESPACE), else MetalLB's. Off by default.",
        };
        var agentInterval = new Option<int>("--node-agent-interval")
        {
            HelpName = "SECONDS",
            Description = "Ask each node agent this often (default 30); an agent's last answer is used for 3 intervals after it stops answering.",
            DefaultValueFactory = _ => 30,
        };

        var command = new Command("monitor", "Keep checking a live cluster: watch MetalLB's objects, Nodes, NodeNetworkStates and Secrets' metadata, validate after every change, and serve Prometheus metrics, health and a JSON API of where each node's source addresses are. Runs until SIGTERM.");
        shared.AddTo(command);
        command.Add(cluster.Kubeconfig);
        command.Add(cluster.Context);
        command.Add(cluster.RequestTimeout);
        command.Add(listen);
        command.Add(staleAfter);
        command.Add(resync);
        command.Add(debounce);
        command.Add(events);
        command.Add(agents);
        command.Add(agentInterval);
        command.SetAction(parsed =>
        {
            var settings = RunSettingsBuilder.Build(parsed, shared);
            if (settings.Paths.Count > 0 || settings.IpAddrFiles.Count > 0)
            {
                throw new UsageException("monitor reads the cluster: give no PATH and no --ip-addr");
            }

            var address = ListenAddress.Parse(parsed.GetValue(listen)!);
            var interval = TimeSpan.FromSeconds(Within(parsed.GetValue(agentInterval), 1, 3600, "--node-agent-interval"));
            var monitorSettings = new MonitorSettings
            {
                Options = settings.Options,
                MetalLbNamespace = settings.Options.MetalLbNamespace,
                StaleAfter = TimeSpan.FromSeconds(Within(parsed.GetValue(staleAfter), 5, 86_400, "--stale-after")),
                Resync = TimeSpan.FromSeconds(Within(parsed.GetValue(resync), 1, 86_400, "--resync")),
                View = new Kubernetes.Live.LiveViewOptions { Debounce = TimeSpan.FromMilliseconds(Within(parsed.GetValue(debounce), 0, 60_000, "--debounce-ms")) },
                NodeAgents = parsed.GetValue(agents) is { } service
                    ? Agents.NodeAgentSettings.Parse(service, Environment.GetEnvironmentVariable("POD_NAMESPACE"), interval)
                    : null,
            };
            var timeout = TimeSpan.FromSeconds(Within(parsed.GetValue(cluster.RequestTimeout), 1, 3600, "--request-timeout"));
            using var connection = ClusterConnection.Open(parsed.GetValue(cluster.Kubeconfig), parsed.GetValue(cluster.Context), timeout);
            return RunAsync(connection, monitorSettings, address, !parsed.GetValue(events), io).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunAsync(ClusterConnection connection, MonitorSettings settings, ListenAddress address, bool recordEvents, ConsoleStreams io)
    {
        await using var monitor = new ClusterMonitor(connection, settings);
        await using var events = recordEvents ? new EventRecorder(connection) : null;
        if (events is not null)
        {
            monitor.Validated += events.OnValidated;
            events.Start();
        }

        var log = TextWriter.Synchronized(io.Error);
        monitor.Validated += (state, previous) => LogChange(log, state, previous);
        await using var server = new MonitorHttpServer(monitor, address, events);
        server.Start();
        monitor.Start();
        io.Error.WriteLine($"metallb-validate monitor: watching {connection}; serving http://{address}/metrics /healthz /readyz /api/v1/nodes /api/v1/findings");
        io.Error.Flush();
        await StopSignal.WaitAsync().ConfigureAwait(false);

        io.Error.WriteLine("metallb-validate monitor: stopping");
        io.Error.Flush();
        return ExitCodes.Clean;
    }

    /// <summary>One line per validation whose findings differ from the one before: counts, what appeared and what cleared.</summary>
    private static void LogChange(TextWriter log, ValidationState state, ValidationState? previous)
    {
        var now = state.Report.Diagnostics.Select(FindingEvent.KeyOf).ToHashSet(StringComparer.Ordinal);
        var before = previous?.Report.Diagnostics.Select(FindingEvent.KeyOf).ToHashSet(StringComparer.Ordinal) ?? [];
        var appeared = now.Count(k => !before.Contains(k));
        var cleared = before.Count(k => !now.Contains(k));
        if (previous is not null && appeared == 0 && cleared == 0)
        {
            return;
        }

        log.WriteLine($"metallb-validate monitor: generation {state.Generation}: {state.Snapshot.Objects.Count} objects, {FindingCounts.Of(state.Report)} ({appeared} new, {cleared} cleared) in {state.Duration.TotalMilliseconds:0} ms");
        log.Flush();
    }

    private static int Within(int value, int min, int max, string option) =>
        value >= min && value <= max ? value : throw new UsageException($"{option} must be {min} to {max}, not {value}");
}
