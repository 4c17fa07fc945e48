namespace WebhookServer.Cluster;

/// <summary>
/// Turns what the live view says at each look into one log line per change of state: syncing, cannot sync yet,
/// current, degraded (a resource fails, the last good view is served), stale (it is too old to serve). A state that
/// holds is not logged again, so a long outage is two lines, not one a second.
/// </summary>
internal sealed class LiveClusterStateLog(ILogger logger, TimeSpan maxStaleness)
{
    private State _state = State.Syncing;
    private bool _everCurrent;

    /// <summary>True once the first full list has been logged.</summary>
    public bool EverCurrent => _everCurrent;

    private enum State
    {
        Syncing,
        CannotSync,
        Current,
        Degraded,
        Stale,
    }

    public void Observe(bool ready, string status, string? failure)
    {
        var next = (ready, failure is null, _everCurrent) switch
        {
            (true, true, _) => State.Current,
            (true, false, _) => State.Degraded,
            (false, _, true) => State.Stale,
            (false, true, false) => State.Syncing,
            (false, false, false) => State.CannotSync,
        };
        if (next == _state)
        {
            return;
        }

        _state = next;
        switch (next)
        {
            case State.Current when !_everCurrent:
                _everCurrent = true;
                LiveClusterLog.Synced(logger, status);
                break;
            case State.Current:
                LiveClusterLog.Recovered(logger, status);
                break;
            case State.Degraded:
                LiveClusterLog.Degraded(logger, maxStaleness.TotalSeconds, failure!);
                break;
            case State.Stale:
                LiveClusterLog.Stale(logger, status);
                break;
            case State.CannotSync:
                LiveClusterLog.CannotSync(logger, status);
                break;

            // Syncing again after CannotSync: the error cleared, the first list is not complete yet; the next state says how it ends.
        }
    }
}
