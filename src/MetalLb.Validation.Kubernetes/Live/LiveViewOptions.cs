namespace MetalLb.Validation.Kubernetes.Live;

/// <summary>How a live view waits: the quiet time before "changed", the backoff after errors, each watch's server-side length.</summary>
internal sealed record LiveViewOptions
{
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MinBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The API server ends each watch after this (timeoutSeconds); the view watches again from where it was.</summary>
    public TimeSpan WatchTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
