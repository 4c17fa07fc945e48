namespace WebhookServer;

/// <summary>Where the webhook gets the cluster's current objects from.</summary>
public enum SnapshotSource
{
    /// <summary>Lists, then watches them through the Kubernetes API server (the default inside a cluster).</summary>
    ApiServer,

    /// <summary>Reads a directory of manifests (local runs, tests).</summary>
    ManifestsPath,
}
