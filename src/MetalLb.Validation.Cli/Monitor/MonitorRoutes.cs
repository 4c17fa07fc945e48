using System.Text.Json;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary>What each path answers: status, content type and body. Pure, so tests can call it without a socket.</summary>
internal static class MonitorRoutes
{
    private const string Json = "application/json; charset=utf-8";

    public static (int Status, string ContentType, byte[] Body) Answer(ClusterMonitor monitor, string path, Events.EventRecorder? events = null)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (segments)
        {
            case ["metrics"]:
                return (200, ExpositionWriter.ContentType, MonitorHttpServer.Text(MonitorMetrics.Render(monitor, events)));
            case ["healthz"]:
                return (200, "text/plain; charset=utf-8", MonitorHttpServer.Text("ok\n"));
            case ["readyz"]:
                var readiness = monitor.Readiness();
                return (readiness.Ready ? 200 : 503, Json, JsonSerializer.SerializeToUtf8Bytes(readiness, MonitorJsonContext.Relaxed.Readiness));
            case ["api", "v1", "nodes"]:
                return Served(monitor, s => s.NodesJson);
            case ["api", "v1", "findings"]:
                return Served(monitor, s => s.FindingsJson);
            case ["api", "v1", "nodes", var escaped]:
                var name = Uri.UnescapeDataString(escaped);
                return Served(monitor, s => s.NodeJson(name), $"node '{name}' is not in the live view");
            case []:
                return (200, "text/plain; charset=utf-8", MonitorHttpServer.Text("metallb-validate monitor: /metrics /healthz /readyz /api/v1/nodes /api/v1/nodes/{name} /api/v1/findings\n"));
            default:
                return (404, Json, MonitorHttpServer.Error(404, $"no such path: {path} (paths: /metrics /healthz /readyz /api/v1/nodes /api/v1/nodes/{{name}} /api/v1/findings)"));
        }
    }

    /// <summary>The view's answer while it may be served; 503 with the reason before the first validation or once stale.</summary>
    private static (int, string, byte[]) Served(ClusterMonitor monitor, Func<ValidationState, byte[]?> body, string? notFound = null)
    {
        var readiness = monitor.Readiness();
        if (!readiness.Ready || monitor.Current is not { } state)
        {
            return (503, Json, MonitorHttpServer.Error(503, $"no view to serve ({readiness.Status}): {readiness.Reason}"));
        }

        return body(state) is { } bytes ? (200, Json, bytes) : (404, Json, MonitorHttpServer.Error(404, notFound ?? "not found"));
    }
}
