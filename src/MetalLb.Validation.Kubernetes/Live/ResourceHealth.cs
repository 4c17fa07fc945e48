namespace MetalLb.Validation.Kubernetes.Live;

/// <summary>One resource of a live view: listed yet, watched from which resourceVersion, the last error if the last try failed.</summary>
internal sealed record ResourceHealth(string Resource, bool Synced, bool Installed, string? ResourceVersion, string? LastError, int Lists, int Watches)
{
    /// <summary>Since when the resource has been failing without a success in between; null while it is healthy.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>Why the resource is left out of the view without it being an error (nmstate not installed, Namespaces forbidden).</summary>
    public string? Note { get; init; }
}
