using MetalLb.Validation.Model;
using MetalLb.Validation.Preflight;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// <c>node-check --watch --preflight-interval</c>: the preflight (a real BGP OPEN toward each router this node peers
/// with, closed with Cease) on its own interval, keeping each session's last outcome for <c>/metrics</c>. Only rule
/// ids and object names leave it: never a message, so never anything a password could be in.
/// </summary>
internal sealed class AgentPreflight : IAsyncDisposable
{
    private static readonly HashSet<string> SessionOutcomes = new(
        [.. new[]
        {
            MetalLbRules.PreflightEstablished, MetalLbRules.PreflightSourceNotLocal, MetalLbRules.PreflightConnectRefused, MetalLbRules.PreflightConnectTimeout,
            MetalLbRules.PreflightClosedByRouter, MetalLbRules.PreflightNotification, MetalLbRules.PreflightPeerAsnMismatch, MetalLbRules.PreflightBadMessage,
            MetalLbRules.PreflightNoAnswer, MetalLbRules.PreflightNotProbed, MetalLbRules.PreflightMd5Unavailable,
        }.Select(r => r.Id)],
        StringComparer.Ordinal);

    private readonly string _node;
    private readonly PreflightRunner _runner;
    private readonly Func<ConfigurationSet> _load;
    private readonly TimeProvider _time;
    private readonly EveryInterval _loop;
    private long _runs;
    private long _failures;

    public AgentPreflight(string node, TimeSpan interval, PreflightOptions options, Func<ConfigurationSet> load, TimeProvider? time = null)
    {
        _node = node;
        _runner = new PreflightRunner(options);
        _load = load;
        _time = time ?? TimeProvider.System;
        _loop = new EveryInterval(interval, _time, RunOnceAsync);
    }

    /// <summary>The last run that completed, or null before the first.</summary>
    public PreflightRun? Last { get; private set; }

    /// <summary>Why the last run failed, or null.</summary>
    public string? LastError { get; private set; }

    public long Runs => Interlocked.Read(ref _runs);

    public long Failures => Interlocked.Read(ref _failures);

    public void Start() => _loop.Start();

    /// <summary>One preflight of every session this node opens; false when it could not run.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        try
        {
            var set = _load();
            var report = await _runner.RunAsync(set, _node, cancellationToken).ConfigureAwait(false);
            var sessions = report.Diagnostics
                .Where(d => SessionOutcomes.Contains(d.RuleId) && d.Resource is not null)
                .Select(d => new PreflightSession(d.Resource!.Namespace ?? string.Empty, d.Resource.Name ?? string.Empty, d.RuleId))
                .ToList();
            Last = new PreflightRun(_time.GetUtcNow(), _time.GetElapsedTime(started), sessions);
            LastError = null;
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A preflight that cannot run is reported in the metrics; the agent goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _failures);
            LastError = $"{ex.GetType().Name}: {ex.Message}";
            return false;
        }
        finally
        {
            Interlocked.Increment(ref _runs);
        }
    }

    public ValueTask DisposeAsync() => _loop.DisposeAsync();
}

/// <summary>One completed preflight: when, how long, and the outcome of each session.</summary>
internal sealed record PreflightRun(DateTimeOffset At, TimeSpan Took, IReadOnlyList<PreflightSession> Sessions);

/// <summary>The outcome of one session toward BGPPeer <see cref="Peer"/>: the preflight rule it ended with.</summary>
internal sealed record PreflightSession(string Namespace, string Peer, string RuleId)
{
    public bool Established => RuleId == MetalLbRules.PreflightEstablished.Id;
}
