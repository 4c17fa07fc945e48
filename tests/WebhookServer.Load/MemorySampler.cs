using System.Collections.Concurrent;

namespace WebhookServer.Load;

/// <summary>The server's RSS every 200 ms, by phase.</summary>
internal sealed class MemorySampler
{
    private readonly ConcurrentDictionary<string, long> _peaks = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();

    public MemorySampler(ServerProcess server)
    {
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested && !server.HasExited)
            {
                var rss = server.RssBytes();
                _peaks.AddOrUpdate(Phase, rss, (_, peak) => Math.Max(peak, rss));
                await Task.Delay(200);
            }
        });
    }

    public string Phase { get; set; } = "start";

    public long Peak(string phase) => _peaks.TryGetValue(phase, out var peak) ? peak : 0;

    public void Stop() => _stop.Cancel();
}
