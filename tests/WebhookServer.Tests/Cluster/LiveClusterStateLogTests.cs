using Microsoft.Extensions.Logging;
using WebhookServer.Cluster;

namespace WebhookServer.Tests.Cluster;

/// <summary>The state log's transitions, one observation at a time: a line per change of state, none while it holds.</summary>
public sealed class LiveClusterStateLogTests
{
    [Fact]
    public void EachChangeOfState_IsOneLine_AtItsLevel()
    {
        var logger = new CapturingLogger();
        var log = new LiveClusterStateLog(logger, TimeSpan.FromSeconds(60));

        log.Observe(false, "not every resource has been listed yet (nodes)", null);
        log.Observe(false, "not every resource has been listed yet (nodes): forbidden to list nodes (403)", "forbidden to list nodes (403)");
        log.Observe(false, "not every resource has been listed yet (nodes): forbidden to list nodes (403)", "forbidden to list nodes (403)");
        log.Observe(true, "watching metallb-system: 5 objects", null);
        log.Observe(true, "watching metallb-system: 5 objects", "the watch broke");
        log.Observe(true, "watching metallb-system: 5 objects", "the watch broke");
        log.Observe(false, "the cluster has not been followed for more than 60 s: the watch broke", "the watch broke");
        log.Observe(true, "watching metallb-system: 6 objects", null);
        log.Observe(true, "watching metallb-system: 6 objects", null);

        Assert.Equal(
            [
                (LogLevel.Warning, "The cluster cannot be read yet; requests are denied until it is: not every resource has been listed yet (nodes): forbidden to list nodes (403)"),
                (LogLevel.Information, "First sync of the cluster complete: watching metallb-system: 5 objects"),
                (LogLevel.Warning, "The cluster cannot be read; serving the last good view for at most 60 s: the watch broke"),
                (LogLevel.Error, "The cluster view is stale; requests are denied until it recovers: the cluster has not been followed for more than 60 s: the watch broke"),
                (LogLevel.Information, "The cluster view recovered: watching metallb-system: 6 objects"),
            ],
            logger.Entries.Select(e => (e.Level, e.Text[..e.Text.IndexOf(" [", StringComparison.Ordinal)])));
    }
}
