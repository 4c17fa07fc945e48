namespace WebhookServer.Manifests;

/// <summary>How a directory of manifests is watched.</summary>
public sealed record ManifestsSettings
{
    /// <summary>The directory (a mounted ConfigMap, say).</summary>
    public required string Directory { get; init; }

    /// <summary>How often file times and sizes are compared even without a change event (events can be missed on mounts).</summary>
    public TimeSpan RecheckInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long after a change event the files are read, so a burst of writes is read once.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How long the last good snapshot is served while the directory cannot be read (a half-written file).</summary>
    public TimeSpan MaxStaleness { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest manifest file read.</summary>
    public int MaxFileBytes { get; init; } = 32 * 1024 * 1024;
}
