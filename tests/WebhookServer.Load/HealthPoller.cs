using System.Diagnostics;
using System.Net;

namespace WebhookServer.Load;

/// <summary>GET /healthz every 50 ms on its own connection while a phase runs; each must answer within 5 s.</summary>
internal sealed class HealthPoller
{
    private readonly Stats _stats = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public static HealthPoller Start(ServerProcess server)
    {
        var poller = new HealthPoller();
        poller._loop = Task.Run(async () =>
        {
            using var client = WebhookClient.Create(server, HttpVersion.Version11, 1);
            while (!poller._stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                string outcome;
                try
                {
                    outcome = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)) == "ok" ? "ok" : "unexpected body";
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    outcome = ex is TaskCanceledException ? "no answer within 5 s" : ex.Message;
                }

                poller._stats.Add(Stopwatch.GetElapsedTime(started), outcome);
                await Task.Delay(50);
            }
        });
        return poller;
    }

    public async Task<Stats> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        return _stats;
    }
}
