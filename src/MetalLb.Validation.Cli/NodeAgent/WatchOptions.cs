using System.CommandLine;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>The options of <c>node-check --watch</c> (the node agent); without --watch none of the others may be given.</summary>
internal sealed class WatchOptions
{
    public Option<bool> Watch { get; } = new("--watch")
    {
        Description = "Keep running as the node agent: validate every --interval, serve the results on --listen, stop on SIGTERM. Bad rounds keep the last good state; the agent never exits on one.",
    };

    public Option<string> Interval { get; } = new("--interval")
    {
        HelpName = "DURATION",
        Description = "With --watch: time between rounds, each reading this host's interfaces and the input again (default 30s).",
        DefaultValueFactory = _ => "30s",
    };

    public Option<string> Listen { get; } = new("--listen")
    {
        HelpName = "HOST:PORT",
        Description = "With --watch: where to serve /metrics, /healthz, /readyz, /api/v1/interfaces, /api/v1/findings (default 127.0.0.1:7474; :7474 for every address, as in the DaemonSet).",
        DefaultValueFactory = _ => "127.0.0.1:7474",
    };

    public Option<string?> PreflightInterval { get; } = new("--preflight-interval")
    {
        HelpName = "DURATION",
        Description = "With --watch: also run the preflight (a real BGP OPEN toward each router this node peers with, closed with Cease) this often, at least 10s, and export each session's outcome. Off by default.",
    };

    public Option<string?> PreflightTimeout { get; } = new("--preflight-timeout")
    {
        HelpName = "DURATION",
        Description = "With --preflight-interval: bound for each step of a probe (default: each peer's connectTime, else 5s).",
    };

    public Option<string[]> Secrets { get; } = new("--secret")
    {
        HelpName = "NAME=DIR",
        Description = "With --preflight-interval: where Secret NAME is mounted; peers whose passwordSecret names it are probed with TCP-MD5. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Add(Watch);
        command.Add(Interval);
        command.Add(Listen);
        command.Add(PreflightInterval);
        command.Add(PreflightTimeout);
        command.Add(Secrets);
    }

    /// <summary>A usage error when an option of the agent is given without --watch (node-check alone is unchanged).</summary>
    public void RequireWatch(ParseResult parsed)
    {
        foreach (var option in new Option[] { Interval, Listen, PreflightInterval, PreflightTimeout, Secrets })
        {
            if (parsed.GetResult(option) is { Implicit: false })
            {
                throw new UsageException($"{option.Name} is an option of the node agent: add --watch");
            }
        }
    }

    public static TimeSpan Duration(string text, string option, TimeSpan min, TimeSpan max) =>
        GoDuration.TryParse(text, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{option} must be a duration from {Show(min)} to {Show(max)} such as 30s or 5m, not '{text}'");

    private static string Show(TimeSpan t) => t.TotalDays >= 1 ? $"{t.TotalHours:0}h" : t.TotalMinutes >= 1 ? $"{t.TotalMinutes:0}m" : t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0}s" : $"{t.TotalMilliseconds:0}ms";
}
