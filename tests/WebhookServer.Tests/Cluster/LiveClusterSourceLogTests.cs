using MetalLb.Validation.Kubernetes;
using Microsoft.Extensions.Logging;
using WebhookServer.Cluster;

namespace WebhookServer.Tests.Cluster;

/// <summary>
/// The webhook's live source logs each change of its view's state against the stand-in: the first sync, a resource
/// that cannot be read (and why), the view going stale, its recovery; never the token or an object's content.
/// </summary>
public sealed class LiveClusterSourceLogTests
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task FirstSync_ThenAForbiddenWatch_Degraded_Stale_AndRecovered_EachLoggedOnce()
    {
        await using var bed = await LiveClusterBed.StartAsync();
        bed.Server.BookmarkInterval = TimeSpan.FromMilliseconds(200);
        var logger = new CapturingLogger();
        await using (var source = new LiveClusterSource(ClusterConnection.Open(bed.KubeconfigPath), "metallb-system", TimeSpan.FromSeconds(1), null, logger, CheckEvery))
        {
            var synced = await Until(logger, LogLevel.Information, "First sync of the cluster complete: watching metallb-system on https://127.0.0.1:");
            Assert.Contains(": 5 objects", synced, StringComparison.Ordinal);

            // Watches are dropped until the view degrades: the pools' watch then opens again into the 403 (a single drop
            // could come before the watch that is opening as the 403 is set). The drops themselves are errors too.
            bed.Server.Forbidden["ipaddresspools.metallb.io"] = true;
            var degraded = await Until(logger, LogLevel.Warning, "The cluster cannot be read; serving the last good view for at most 1 s: ", bed.Server.DropWatches);
            var stale = await Until(logger, LogLevel.Error, "The cluster view is stale; requests are denied until it recovers: the cluster has not been followed for more than 1 s");
            // Each line says why: the first error seen (a dropped watch, or the 403), as /readyz says it.
            Assert.Matches(@"\[MaxStaleSeconds=1 Reason=\S", degraded);
            Assert.Matches(@"for more than 1 s \(the last good view is too old to trust\): \S", stale);

            bed.Server.Forbidden.TryRemove("ipaddresspools.metallb.io", out _);
            await Until(logger, LogLevel.Information, "The cluster view recovered: watching metallb-system on");
        }

        // One line per change of state, however long each state held (the view was looked at every 50 ms).
        string[] expected = ["Watching MetalLB's objects in metallb-system", "First sync", "The cluster cannot be read;", "The cluster view is stale", "The cluster view recovered"];
        var lines = logger.Entries.Select(e => e.Text).ToList();
        Assert.True(lines.Count == expected.Length, logger.All);
        Assert.All(expected.Zip(lines), p => Assert.StartsWith(p.First, p.Second, StringComparison.Ordinal));
        Assert.DoesNotContain(bed.Server.Token, logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveClusterBed.SecretValue, logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.0/25", logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResourceForbiddenFromTheStart_IsLoggedWithItsReason_ThenTheFirstSync()
    {
        await using var bed = await LiveClusterBed.StartAsync();
        bed.Server.Forbidden["nodes"] = true;
        var logger = new CapturingLogger();
        await using var source = new LiveClusterSource(ClusterConnection.Open(bed.KubeconfigPath), "metallb-system", TimeSpan.FromSeconds(60), null, logger, CheckEvery);

        var cannot = await Until(logger, LogLevel.Warning, "The cluster cannot be read yet; requests are denied until it is: not every resource has been listed");
        Assert.Contains("forbidden to list nodes (403)", cannot, StringComparison.Ordinal);

        bed.Server.Forbidden.TryRemove("nodes", out _);
        await Until(logger, LogLevel.Information, "First sync of the cluster complete");
        Assert.DoesNotContain(bed.Server.Token, logger.All, StringComparison.Ordinal);
    }

    private static async Task<string> Until(CapturingLogger logger, LogLevel level, string start, Action? meanwhile = null)
    {
        string? Found() => logger.Entries.Where(e => e.Level == level && e.Text.StartsWith(start, StringComparison.Ordinal)).Select(e => e.Text).FirstOrDefault();
        for (var i = 0; i < 600 && Found() is null; i++)
        {
            meanwhile?.Invoke();
            await Task.Delay(50);
        }

        return Found() ?? throw new Xunit.Sdk.XunitException($"no {level} line starting \"{start}\" within 30 s; the log:\n{logger.All}");
    }
}
