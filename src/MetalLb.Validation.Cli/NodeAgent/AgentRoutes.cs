using System.Text.Json;
using MetalLb.Validation.Cli.Monitor;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>What each path of the agent's port answers. Pure, so tests can call it without a socket.</summary>
internal static class AgentRoutes
{
    public const string Json = "application/json; charset=utf-8";

    private const string Paths = "/metrics /healthz /readyz /api/v1/interfaces /api/v1/findings";

    public static (int Status, string ContentType, byte[] Body) Answer(AgentRounds rounds, AgentPreflight? preflight, string path)
    {
        switch (path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            case ["metrics"]:
                return (200, ExpositionWriter.ContentType, MonitorHttpServer.Text(AgentMetrics.Render(rounds, preflight)));
            case ["healthz"]:
                return (200, "text/plain; charset=utf-8", MonitorHttpServer.Text("ok\n"));
            case ["readyz"]:
                var readiness = rounds.Readiness();
                return (readiness.Ready ? 200 : 503, Json, JsonSerializer.SerializeToUtf8Bytes(readiness, AgentJsonContext.Relaxed.AgentReadiness));
            case ["api", "v1", "interfaces"]:
                // The contract with the monitor: 503 in plain text until the interfaces were read once.
                return rounds.Interfaces is { } read
                    ? (200, Json, read.Json)
                    : (503, "text/plain; charset=utf-8", MonitorHttpServer.Text($"node {rounds.Settings.Node}: the interfaces have not been read yet{(rounds.LastError is { } e ? $" ({e})" : string.Empty)}\n"));
            case ["api", "v1", "findings"]:
                return rounds.Current is { } state
                    ? (200, Json, state.FindingsJson)
                    : (503, Json, MonitorHttpServer.Error(503, rounds.Readiness().Reason));
            case []:
                return (200, "text/plain; charset=utf-8", MonitorHttpServer.Text($"metallb-validate node agent for node {rounds.Settings.Node}: {Paths}\n"));
            default:
                return (404, Json, MonitorHttpServer.Error(404, $"no such path: {path} (paths: {Paths})"));
        }
    }
}
