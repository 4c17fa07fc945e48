namespace WebhookServer.Validate;

/// <summary>
/// Hands memory back once a burst of validations is over: when validation allocated more than
/// <see cref="Threshold"/> since the last trim and then nothing was allocated for a few seconds, one compacting,
/// decommitting collection. An idle process would otherwise keep the peak of the last burst (no allocation, no
/// collection), and a webhook is idle most of the time.
/// </summary>
internal sealed class IdleMemoryTrim : IHostedService, IDisposable
{
    private const long Threshold = 64L * 1024 * 1024;
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(3);
    private long _lastSeen;
    private long _lastTrim;
    private Timer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lastSeen = _lastTrim = GC.GetTotalAllocatedBytes();
        _timer = new Timer(_ => Check(), null, Every, Every);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Change(Timeout.Infinite, Timeout.Infinite);
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();

    private void Check()
    {
        var now = GC.GetTotalAllocatedBytes();
        var quiet = now - _lastSeen < 1024 * 1024;
        _lastSeen = now;
        if (quiet && now - _lastTrim > Threshold)
        {
            _lastTrim = now;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
