using System.Net.Sockets;
using MetalLb.Validation.Cli.Monitor;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// The agent's <c>/metrics</c>, named <c>metallb_validate_agent_*</c> so they sit beside the monitor's
/// <c>metallb_validate_*</c> without clashing; every sample has a <c>node</c> label (the node the agent runs as).
/// </summary>
internal static class AgentMetrics
{
    public const string Prefix = "metallb_validate_agent_";

    public static string Render(AgentRounds rounds, AgentPreflight? preflight = null)
    {
        var m = new ExpositionWriter();
        var node = ("node", rounds.Settings.Node);
        var readiness = rounds.Readiness();
        var state = rounds.Current;
        var options = rounds.Settings.Options;

        m.Family(Prefix + "build_info", "gauge", "The agent's version, backend mode and the MetalLB release whose behaviour it checks.");
        m.Sample(Prefix + "build_info", 1, node, ("version", ToolVersion.Informational), ("mode", options.Mode.ToConfigName()), ("metallb_version", options.MetalLbVersion.ToString()));

        m.Family(Prefix + "ready", "gauge", "1 once a round has validated this node (the last good round is served while later rounds fail), else 0.");
        m.Sample(Prefix + "ready", readiness.Ready ? 1 : 0, node);
        m.Family(Prefix + "last_round_ok", "gauge", "1 when the last round read the interfaces and the configuration and validated them, 0 when it failed.");
        if (rounds.Rounds > 0)
        {
            m.Sample(Prefix + "last_round_ok", rounds.LastError is null ? 1 : 0, node);
        }

        m.Family(Prefix + "findings", "gauge", "Findings of the last good round about this node (or about no node), by rule, severity and namespace of the object concerned.");
        if (state is not null)
        {
            foreach (var g in state.Report.Diagnostics
                .GroupBy(d => (d.RuleId, Severity: d.Severity.ToString().ToLowerInvariant(), Namespace: d.Resource?.Namespace ?? string.Empty))
                .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Namespace, StringComparer.Ordinal).ThenBy(g => g.Key.Severity, StringComparer.Ordinal))
            {
                m.Sample(Prefix + "findings", g.Count(), ("rule", g.Key.RuleId), ("severity", g.Key.Severity), ("namespace", g.Key.Namespace), node);
            }
        }

        m.Family(Prefix + "interfaces", "gauge", "Interfaces of this host at the last read, by operational state.");
        m.Family(Prefix + "addresses", "gauge", "Addresses on this host's interfaces at the last read, by family.");
        if (rounds.Interfaces is { } read)
        {
            m.Sample(Prefix + "interfaces", read.Links.Count(l => l.State.IsUp), node, ("state", "up"));
            m.Sample(Prefix + "interfaces", read.Links.Count(l => !l.State.IsUp), node, ("state", "down"));
            var addresses = read.Links.SelectMany(l => l.State.Addresses).ToList();
            m.Sample(Prefix + "addresses", addresses.Count(a => a.Address.AddressFamily == AddressFamily.InterNetwork), node, ("family", "inet"));
            m.Sample(Prefix + "addresses", addresses.Count(a => a.Address.AddressFamily == AddressFamily.InterNetworkV6), node, ("family", "inet6"));
        }

        var (cumulative, sum, count) = rounds.Durations.Read();
        m.Family(Prefix + "round_duration_seconds", "histogram", "How long each round took: read the interfaces and the configuration, validate.");
        for (var i = 0; i < DurationHistogram.Bounds.Length; i++)
        {
            m.Sample(Prefix + "round_duration_seconds_bucket", cumulative[i], node, ("le", ExpositionWriter.Number(DurationHistogram.Bounds[i])));
        }

        m.Sample(Prefix + "round_duration_seconds_bucket", count, node, ("le", "+Inf"));
        m.Sample(Prefix + "round_duration_seconds_sum", sum, node);
        m.Sample(Prefix + "round_duration_seconds_count", count, node);

        m.Family(Prefix + "rounds_total", "counter", "Rounds run, by result.");
        m.Sample(Prefix + "rounds_total", rounds.Rounds - rounds.Failures, node, ("result", "ok"));
        m.Sample(Prefix + "rounds_total", rounds.Failures, node, ("result", "error"));

        m.Family(Prefix + "last_success_timestamp_seconds", "gauge", "Unix time of the last good round.");
        if (state is not null)
        {
            m.Sample(Prefix + "last_success_timestamp_seconds", state.ValidatedAt.ToUnixTimeMilliseconds() / 1000.0, node);
        }

        m.Family(Prefix + "round_interval_seconds", "gauge", "The time between rounds (--interval).");
        m.Sample(Prefix + "round_interval_seconds", rounds.Settings.Interval.TotalSeconds, node);

        if (preflight is not null)
        {
            WritePreflight(m, preflight, node);
        }

        return m.ToString();
    }

    private static void WritePreflight(ExpositionWriter m, AgentPreflight preflight, (string, string) node)
    {
        m.Family(Prefix + "preflight_session_up", "gauge", "1 when the last preflight brought the BGP session toward the BGPPeer up from this node (OPEN and KEEPALIVE exchanged), else 0.");
        m.Family(Prefix + "preflight_session_result", "gauge", "1 for the preflight rule each session ended with at the last run (MLB1100 established; MLB1101-MLB1108, MLB1114 failures; MLB1110 not probed).");
        if (preflight.Last is { } run)
        {
            foreach (var s in run.Sessions.OrderBy(s => s.Namespace, StringComparer.Ordinal).ThenBy(s => s.Peer, StringComparer.Ordinal))
            {
                m.Sample(Prefix + "preflight_session_up", s.Established ? 1 : 0, node, ("namespace", s.Namespace), ("peer", s.Peer));
            }

            foreach (var s in run.Sessions.OrderBy(s => s.Namespace, StringComparer.Ordinal).ThenBy(s => s.Peer, StringComparer.Ordinal))
            {
                m.Sample(Prefix + "preflight_session_result", 1, node, ("namespace", s.Namespace), ("peer", s.Peer), ("rule", s.RuleId));
            }
        }

        m.Family(Prefix + "preflight_runs_total", "counter", "Preflight runs, by result (error: the preflight could not run at all).");
        m.Sample(Prefix + "preflight_runs_total", preflight.Runs - preflight.Failures, node, ("result", "ok"));
        m.Sample(Prefix + "preflight_runs_total", preflight.Failures, node, ("result", "error"));
        m.Family(Prefix + "preflight_last_run_timestamp_seconds", "gauge", "Unix time the last preflight completed.");
        m.Family(Prefix + "preflight_last_run_duration_seconds", "gauge", "How long the last preflight took (every session, one after another).");
        if (preflight.Last is { } last)
        {
            m.Sample(Prefix + "preflight_last_run_timestamp_seconds", last.At.ToUnixTimeMilliseconds() / 1000.0, node);
            m.Sample(Prefix + "preflight_last_run_duration_seconds", last.Took.TotalSeconds, node);
        }
    }
}
