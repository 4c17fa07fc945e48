using MetalLb.Validation.Kubernetes.Live;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary>
/// <c>/readyz</c>'s answer: ready once the first full list is validated and while the view is current or, when the
/// API server cannot be read, for <see cref="MonitorSettings.StaleAfter"/> after it last was; the reason says which.
/// </summary>
internal sealed record Readiness(bool Ready, string Status, string Reason, long? Generation, DateTimeOffset? ValidatedAt, DateTimeOffset? CurrentAt, IReadOnlyList<ResourceStatus> Resources)
{
    public const string Starting = "starting";
    public const string Syncing = "syncing";
    public const string Current = "ready";
    public const string Degraded = "degraded";
    public const string Stale = "stale";

    /// <summary>True when the served view is too old to be served: no findings in /metrics, 503 from the API.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsStale => Status == Stale;

    /// <summary>The node agents and each node's agent, when the monitor asks them (--node-agents); else null.</summary>
    public Agents.NodeAgentsStatus? NodeAgents { get; init; }

    private static string AgentSummary(Agents.NodeAgentsStatus? agents) =>
        agents is null ? string.Empty : $"; node agents of {agents.Namespace}/{agents.Service}: {agents.Nodes.Count(n => n.Up)} of {agents.Nodes.Count} answering";

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    internal static Readiness Of(ClusterMonitor monitor, string? startError, string? validationError, bool synced)
    {
        var health = monitor.Health;
        var resources = health.Select(ResourceStatus.From).ToList();
        var errors = health.Where(h => h.LastError is not null).Select(h => $"{h.Resource}: {h.LastError}").ToList();
        var state = monitor.Current;
        var agents = monitor.Agents?.Status();
        if (health.Count == 0)
        {
            return new(false, Starting, startError ?? "starting: looking for MetalLB's namespace", null, null, null, resources) { NodeAgents = agents };
        }

        if (state is null)
        {
            var pending = health.Where(h => !h.Synced).Select(h => h.LastError is null ? h.Resource : $"{h.Resource} ({h.LastError})").ToList();
            var why = !synced ? $"waiting for the first full list of {string.Join(", ", pending)}" : validationError ?? "listed; validating";
            return new(false, Syncing, why, null, null, null, resources) { NodeAgents = agents };
        }

        var now = monitor.Time.GetUtcNow();
        var currentAt = monitor.LastCurrentAt ?? state.ValidatedAt;
        var until = currentAt + monitor.Settings.StaleAfter;
        var problems = validationError is null ? errors : [.. errors, validationError];
        if (now > until)
        {
            return new(false, Stale, $"the view was last current at {Utc(currentAt)}, longer ago than {monitor.Settings.StaleAfter.TotalSeconds:0} s: {(problems.Count == 0 ? "no validation since" : string.Join("; ", problems))}", state.Generation, state.ValidatedAt, currentAt, resources) { NodeAgents = agents };
        }

        if (problems.Count > 0)
        {
            return new(true, Degraded, $"serving the last good view (current at {Utc(currentAt)}) until {Utc(until)}: {string.Join("; ", problems)}", state.Generation, state.ValidatedAt, currentAt, resources) { NodeAgents = agents };
        }

        return new(true, Current, $"view of {state.Snapshot.Objects.Count} objects validated at {Utc(state.ValidatedAt)} (generation {state.Generation}){AgentSummary(agents)}", state.Generation, state.ValidatedAt, currentAt, resources) { NodeAgents = agents };
    }
}

/// <summary>One watched resource in <c>/readyz</c>.</summary>
internal sealed record ResourceStatus(string Resource, bool Synced, bool Installed, bool Up, string? LastError, int Lists, int Watches)
{
    public static ResourceStatus From(ResourceHealth h) => new(h.Resource, h.Synced, h.Installed, h.Synced && h.LastError is null, h.LastError, h.Lists, h.Watches);
}
