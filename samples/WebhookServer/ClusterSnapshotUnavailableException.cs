namespace WebhookServer;

/// <summary>
/// The API server could not be listed and the last good listing is too old (or there is none). Its message is plain
/// (what failed, for how long) and carries no object data; the admission handler turns it into a denial.
/// </summary>
public sealed class ClusterSnapshotUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterSnapshotUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ClusterSnapshotUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ClusterSnapshotUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
