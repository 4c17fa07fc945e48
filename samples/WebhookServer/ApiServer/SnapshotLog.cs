namespace WebhookServer.ApiServer;

/// <summary>What <see cref="ApiServerClusterSnapshot"/> logs. No message carries object data beyond kinds and names.</summary>
internal static partial class SnapshotLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Listing the cluster from the API server failed: {Failure}")]
    public static partial void ListingFailed(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The validator could not read an object listed from the API server: {RuleId} {Resource}: {Finding}")]
    public static partial void UnreadableObject(ILogger logger, string ruleId, string? resource, string finding);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listed {Count} objects from the API server")]
    public static partial void Listed(ILogger logger, int count);
}
