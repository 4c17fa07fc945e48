namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// Runs work at once and then every <c>interval</c>, measured from the start of each run (a run longer than the interval
/// is followed by the next at once), until disposed; disposing cancels the run in progress and waits for it.
/// </summary>
internal sealed class EveryInterval(TimeSpan interval, TimeProvider time, Func<CancellationToken, Task> work) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Start() => _loop ??= Task.Run(LoopAsync);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var started = time.GetTimestamp();
            try
            {
                await work(_stop.Token).ConfigureAwait(false);
                var wait = interval - time.GetElapsedTime(started);
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
