using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Cli.Monitor;

/// <summary>
/// <c>/metrics</c>: the findings of the last validation by rule, severity, node and namespace; BGP sessions per node
/// and the sessions an error finding blocks; validation durations and the time the view was last current; each
/// watch's health; build information. A stale view's findings and sessions are left out rather than served as current.
/// </summary>
internal static class MonitorMetrics
{
    public const string Prefix = "metallb_validate_";

    public static string Render(ClusterMonitor monitor, Events.EventRecorder? events = null)
    {
        var m = new ExpositionWriter();
        var readiness = monitor.Readiness();
        var state = readiness.IsStale ? null : monitor.Current;
        var options = state?.Report.Options ?? monitor.Settings.Options;

        m.Family(Prefix + "build_info", "gauge", "The monitor's version, backend mode and the MetalLB release whose behaviour it checks.");
        m.Sample(Prefix + "build_info", 1, ("version", ToolVersion.Informational), ("mode", options.Mode.ToConfigName()), ("metallb_version", options.MetalLbVersion.ToString()));

        m.Family(Prefix + "ready", "gauge", "1 when the served view is complete and current (or degraded within the stale bound), else 0.");
        m.Sample(Prefix + "ready", readiness.Ready ? 1 : 0);
        m.Family(Prefix + "view_stale", "gauge", "1 when the API server could not be read for longer than the stale bound: findings are no longer served.");
        m.Sample(Prefix + "view_stale", readiness.IsStale ? 1 : 0);

        m.Family(Prefix + "findings", "gauge", "Findings of the last validation of the live view, by rule, severity, node and namespace of the object concerned.");
        if (state is not null)
        {
            foreach (var g in state.Report.Diagnostics
                .GroupBy(d => (d.RuleId, Severity: Severity(d.Severity), Node: d.Node ?? string.Empty, Namespace: d.Resource?.Namespace ?? string.Empty))
                .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Node, StringComparer.Ordinal).ThenBy(g => g.Key.Namespace, StringComparer.Ordinal).ThenBy(g => g.Key.Severity, StringComparer.Ordinal))
            {
                m.Sample(Prefix + "findings", g.Count(), ("rule", g.Key.RuleId), ("severity", g.Key.Severity), ("node", g.Key.Node), ("namespace", g.Key.Namespace));
            }
        }

        m.Family(Prefix + "nodes", "gauge", "Nodes in the live view.");
        if (state is not null)
        {
            m.Sample(Prefix + "nodes", state.Explanation.Topology.Nodes.Count);
        }

        m.Family(Prefix + "bgp_sessions", "gauge", "BGP sessions each node opens, as the backend mode runs them.");
        m.Family(Prefix + "bgp_session_blocked", "gauge", "1 for a BGP session an error finding about its BGPPeer on that node keeps from coming up.");
        if (state is not null)
        {
            var sessions = new List<(string Node, string Peer, bool Blocked)>();
            foreach (var node in state.Explanation.Topology.Nodes)
            {
                m.Sample(Prefix + "bgp_sessions", node.Sessions.Count, ("node", node.Name));
                foreach (var s in node.Sessions)
                {
                    var blocked = state.Explanation.FindingsOf(node.Name).Any(d => d.Severity == DiagnosticSeverity.Error && d.Node == node.Name && d.Resource == s.Peer.Ref);
                    sessions.Add((node.Name, s.Peer.Name ?? string.Empty, blocked));
                }
            }

            foreach (var (node, peer, blocked) in sessions)
            {
                m.Sample(Prefix + "bgp_session_blocked", blocked ? 1 : 0, ("node", node), ("peer", peer));
            }
        }

        m.Family(Prefix + "objects", "gauge", "Objects in the live view by kind.");
        if (state is not null)
        {
            foreach (var g in state.Snapshot.Objects.GroupBy(o => o.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                m.Sample(Prefix + "objects", g.Count(), ("kind", g.Key));
            }
        }

        var (cumulative, sum, count) = monitor.Durations.Read();
        m.Family(Prefix + "validation_duration_seconds", "histogram", "How long each validation of the whole view took (read, model, rules).");
        for (var i = 0; i < DurationHistogram.Bounds.Length; i++)
        {
            m.Sample(Prefix + "validation_duration_seconds_bucket", cumulative[i], ("le", ExpositionWriter.Number(DurationHistogram.Bounds[i])));
        }

        m.Sample(Prefix + "validation_duration_seconds_bucket", count, ("le", "+Inf"));
        m.Sample(Prefix + "validation_duration_seconds_sum", sum);
        m.Sample(Prefix + "validation_duration_seconds_count", count);

        m.Family(Prefix + "last_validation_phase_seconds", "gauge", "How long each phase of the last validation took: load (read the objects), rules, model (the per-node view).");
        foreach (var (phase, took) in monitor.Current?.Phases ?? [])
        {
            m.Sample(Prefix + "last_validation_phase_seconds", took.TotalSeconds, ("phase", phase));
        }

        m.Family(Prefix + "validations_total", "counter", "Validations of the live view, by result.");
        m.Sample(Prefix + "validations_total", monitor.Validations, ("result", "ok"));
        m.Sample(Prefix + "validations_total", monitor.Failures, ("result", "error"));

        m.Family(Prefix + "last_success_timestamp_seconds", "gauge", "Unix time the view was last validated with every watch healthy.");
        if (monitor.LastCurrentAt is { } at)
        {
            m.Sample(Prefix + "last_success_timestamp_seconds", at.ToUnixTimeMilliseconds() / 1000.0);
        }

        m.Family(Prefix + "watch_up", "gauge", "1 when the resource is listed and its watch has no error, per resource.");
        m.Family(Prefix + "watch_installed", "gauge", "0 when the resource is not read: the API server does not serve it (nmstate not installed) or it may not be read where that is allowed (Namespaces).");
        m.Family(Prefix + "watch_relists_total", "counter", "Lists of the resource after the first (410 Gone, errors), per resource.");
        m.Family(Prefix + "watch_restarts_total", "counter", "Watches started for the resource, per resource.");
        m.Family(Prefix + "watch_error", "gauge", "1 with the last error of a resource whose list or watch is failing now.");
        foreach (var h in monitor.Health)
        {
            m.Sample(Prefix + "watch_up", h.Synced && h.LastError is null ? 1 : 0, ("resource", h.Resource));
            m.Sample(Prefix + "watch_installed", h.Installed ? 1 : 0, ("resource", h.Resource));
            m.Sample(Prefix + "watch_relists_total", Math.Max(0, h.Lists - 1), ("resource", h.Resource));
            m.Sample(Prefix + "watch_restarts_total", h.Watches, ("resource", h.Resource));
            if (h.LastError is { } error)
            {
                m.Sample(Prefix + "watch_error", 1, ("resource", h.Resource), ("error", error.Length > 300 ? error[..300] : error));
            }
        }

        WriteAgents(m, monitor, state);
        events?.WriteTo(m);
        return m.ToString();
    }

    private static void WriteAgents(ExpositionWriter m, ClusterMonitor monitor, ValidationState? state)
    {
        if (monitor.Agents is not { } agents)
        {
            return;
        }

        var nodes = agents.Nodes.Values.OrderBy(n => n.Node, StringComparer.Ordinal).ToList();
        m.Family(Prefix + "node_agent_up", "gauge", "1 when the node's agent answered its last poll with its interfaces, per node with an agent.");
        m.Family(Prefix + "node_agent_last_answer_timestamp_seconds", "gauge", "Unix time of the node agent's last good answer, per node.");
        m.Family(Prefix + "node_agent_answer_kept", "gauge", "1 while the node agent's last answer is kept (it answers, or stopped less than the keep bound ago).");
        foreach (var n in nodes)
        {
            m.Sample(Prefix + "node_agent_up", n.Up ? 1 : 0, ("node", n.Node));
            if (n.LastAnswerAt is { } at)
            {
                m.Sample(Prefix + "node_agent_last_answer_timestamp_seconds", at.ToUnixTimeMilliseconds() / 1000.0, ("node", n.Node));
            }

            m.Sample(Prefix + "node_agent_answer_kept", n.HasAnswer ? 1 : 0, ("node", n.Node));
        }

        m.Family(Prefix + "node_interface_source", "gauge", "1 for where the last validation took each node's interfaces from: NodeNetworkState, agent or none.");
        foreach (var (node, source) in (state?.InterfaceSources ?? new Dictionary<string, Agents.InterfaceSource>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            m.Sample(Prefix + "node_interface_source", 1, ("node", node), ("source", source.Kind));
        }

        m.Family(Prefix + "node_agent_polls_total", "counter", "Rounds of asking every node agent.");
        m.Sample(Prefix + "node_agent_polls_total", agents.Polls);
    }

    private static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();
}
