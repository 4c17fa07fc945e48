using MetalLb.Validation.Cli.Monitor;
using MetalLb.Validation.Model;
using MetalLb.Validation.Cli.Reporting;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// Runs the node agent: the rounds, the optional preflight and the HTTP port, until SIGTERM or Ctrl+C (exit 0). A line
/// on standard error when the findings change.
/// </summary>
internal static class AgentHost
{
    public static async Task<int> RunAsync(AgentSettings settings, Func<ConfigurationSet> load, ListenAddress address, ConsoleStreams io)
    {
        await using var rounds = new AgentRounds(settings, HostInterfaces.Read, load);
        await using var preflight = settings.PreflightInterval is { } every && settings.Preflight is { } options
            ? new AgentPreflight(settings.Node, every, options, load)
            : null;
        var log = TextWriter.Synchronized(io.Error);
        string? logged = null;
        rounds.RoundDone += (state, previous) => logged = LogRound(log, rounds, state, previous, logged);

        await using var server = new MonitorHttpServer(address, path => AgentRoutes.Answer(rounds, preflight, path), "the node agent", [("X-Node-Name", settings.Node)]);
        server.Start();
        rounds.Start();
        preflight?.Start();
        log.WriteLine($"metallb-validate node agent: node {settings.Node}, a round every {settings.Interval.TotalSeconds:0.###} s{(preflight is null ? string.Empty : $", preflight every {settings.PreflightInterval!.Value.TotalSeconds:0.###} s")}; serving http://{address}/metrics /healthz /readyz /api/v1/interfaces /api/v1/findings");
        log.Flush();
        await StopSignal.WaitAsync().ConfigureAwait(false);

        log.WriteLine("metallb-validate node agent: stopping");
        log.Flush();
        return ExitCodes.Clean;
    }

    /// <summary>
    /// A line when rounds start failing (or fail otherwise), when the first round passes, and when the findings change;
    /// returns the failure just logged, so a failure that lasts is logged once.
    /// </summary>
    private static string? LogRound(TextWriter log, AgentRounds rounds, AgentState? state, AgentState? previous, string? logged)
    {
        if (state is null)
        {
            if (rounds.LastError != logged)
            {
                log.WriteLine($"metallb-validate node agent: round failed, {(previous is null ? "no good round yet" : $"keeping round {previous.Generation}")}: {rounds.LastError}");
                log.Flush();
            }

            return rounds.LastError;
        }

        if (logged is not null)
        {
            log.WriteLine($"metallb-validate node agent: round {state.Generation} passed again");
        }

        var now = state.Report.Diagnostics.Select(Key).ToHashSet(StringComparer.Ordinal);
        var before = previous?.Report.Diagnostics.Select(Key).ToHashSet(StringComparer.Ordinal) ?? [];
        var appeared = now.Where(k => !before.Contains(k)).ToList();
        var cleared = before.Where(k => !now.Contains(k)).ToList();
        if (previous is not null && appeared.Count == 0 && cleared.Count == 0)
        {
            log.Flush();
            return null;
        }

        var addresses = rounds.Interfaces?.AddressCount ?? 0;
        log.WriteLine($"metallb-validate node agent: round {state.Generation}: {state.Interfaces.Interfaces.Count} interfaces, {addresses} addresses; {FindingCounts.Of(state.Report)} ({appeared.Count} new{Listed(appeared)}, {cleared.Count} cleared{Listed(cleared)}) in {state.Duration.TotalMilliseconds:0} ms");
        log.Flush();
        return null;
    }

    private static string Key(Diagnostics.Diagnostic d) => $"{d.RuleId} {d.Resource}";

    private static string Listed(List<string> keys) => keys.Count is 0 or > 5 ? string.Empty : $": {string.Join(", ", keys)}";
}
