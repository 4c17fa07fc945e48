namespace WebhookServer.Manifests;

/// <summary>What <see cref="WatchedManifestsSnapshot"/> logs: file names, counts and findings, never file contents.</summary>
internal static partial class ManifestsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Count} objects from {Files} manifest files in {Directory}")]
    public static partial void Read(ILogger logger, int count, int files, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {File}: {Reason}")]
    public static partial void Skipped(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The manifests could not be read: {Failure}")]
    public static partial void Failed(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The manifests directory watcher failed; changes are found by the periodic re-check only: {Failure}")]
    public static partial void WatcherFailed(ILogger logger, string failure);
}
