using System.Runtime.InteropServices;
using MetalLb.Validation.Cli.Monitor;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// Runs the node agent: the rounds, the optional preflight and the HTTP port, until SIGTERM or Ctrl+C (exit 0). A line
/// on standard error when the findings change.
/// </summary>
internal static class AgentHost
{
    public static async Task<int> RunAsync(AgentSettings settings, Func<ConfigurationSet> load, ListenAddress address, ConsoleStreams io)
    {
        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);

        await using var rounds = new AgentRounds(settings, HostInterfaces.Read, load);
        await using var preflight = settings.PreflightInterval is { } every && settings.Preflight is { } options
            ? new AgentPreflight(settings.Node, every, options, load)
            : null;
        var log = TextWriter.Synchronized(io.Error);
        rounds.RoundDone += (state, previous) => LogRound(log, rounds, state, previous);

        await using var server = new MonitorHttpServer(address, path => AgentRoutes.Answer(rounds, preflight, path), "the node agent", [("X-Node-Name", settings.Node)]);
        server.Start();
        rounds.Start();
        preflight?.Start();
        log.WriteLine($"metallb-validate node agent: node {settings.Node}, a round every {settings.Interval.TotalSeconds:0.###} s{(preflight is null ? string.Empty : $", preflight every {settings.PreflightInterval!.Value.TotalSeconds:0.###} s")}; serving http://{address}/metrics /healthz /readyz /api/v1/interfaces /api/v1/findings");
        log.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        log.WriteLine("metallb-validate node agent: stopping");
        log.Flush();
        return ExitCodes.Clean;
    }

    /// <summary>A line when a round fails, when the first round passes, and when the findings change.</summary>
    private static void LogRound(TextWriter log, AgentRounds rounds, AgentState? state, AgentState? previous)
    {
        if (state is null)
        {
            log.WriteLine($"metallb-validate node agent: round failed, {(previous is null ? "no good round yet" : $"keeping round {previous.Generation}")}: {rounds.LastError}");
            log.Flush();
            return;
        }

        var now = state.Report.Diagnostics.Select(Key).ToHashSet(StringComparer.Ordinal);
        var before = previous?.Report.Diagnostics.Select(Key).ToHashSet(StringComparer.Ordinal) ?? [];
        var appeared = now.Where(k => !before.Contains(k)).ToList();
        var cleared = before.Where(k => !now.Contains(k)).ToList();
        if (previous is not null && appeared.Count == 0 && cleared.Count == 0)
        {
            return;
        }

        var addresses = rounds.Interfaces?.AddressCount ?? 0;
        log.WriteLine($"metallb-validate node agent: round {state.Generation}: {state.Interfaces.Interfaces.Count} interfaces, {addresses} addresses; {state.Report.ErrorCount} errors, {state.Report.WarningCount} warnings ({appeared.Count} new{Listed(appeared)}, {cleared.Count} cleared{Listed(cleared)}) in {state.Duration.TotalMilliseconds:0} ms");
        log.Flush();
    }

    private static string Key(Diagnostics.Diagnostic d) => $"{d.RuleId} {d.Resource}";

    private static string Listed(List<string> keys) => keys.Count is 0 or > 5 ? string.Empty : $": {string.Join(", ", keys)}";
}
