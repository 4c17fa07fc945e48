namespace WebhookServer.Cluster;

/// <summary>
/// What <see cref="LiveClusterSource"/> logs when the view's state changes: the server, the namespace, counts and the
/// API server's reasons. Never a token (the library's messages hold none) and never an object's content.
/// </summary>
internal static partial class LiveClusterLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Watching MetalLB's objects in {Namespace} on {Server}; requests are denied until the first full list")]
    public static partial void Starting(ILogger logger, string @namespace, string server);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cluster cannot be read yet; requests are denied until it is: {Reason}")]
    public static partial void CannotSync(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "First sync of the cluster complete: {Status}")]
    public static partial void Synced(ILogger logger, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cluster cannot be read; serving the last good view for at most {MaxStaleSeconds} s: {Reason}")]
    public static partial void Degraded(ILogger logger, double maxStaleSeconds, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The cluster view is stale; requests are denied until it recovers: {Reason}")]
    public static partial void Stale(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The cluster view recovered: {Status}")]
    public static partial void Recovered(ILogger logger, string status);
}
