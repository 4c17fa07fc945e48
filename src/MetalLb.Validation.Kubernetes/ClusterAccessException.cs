namespace MetalLb.Validation.Kubernetes;

/// <summary>
/// The cluster could not be read. <see cref="Exception.Message"/> is a plain sentence fit for a user (the server, the
/// resource, the API server's own reason); it never holds a token, a password or a certificate.
/// </summary>
public sealed class ClusterAccessException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterAccessException(ClusterAccessFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) => Failure = failure;

    /// <summary>Creates an exception with <see cref="ClusterAccessFailure.BadResponse"/>.</summary>
    public ClusterAccessException()
        : this(ClusterAccessFailure.BadResponse, "the cluster could not be read")
    {
    }

    /// <summary>Creates an exception with <see cref="ClusterAccessFailure.BadResponse"/>.</summary>
    public ClusterAccessException(string message)
        : this(ClusterAccessFailure.BadResponse, message)
    {
    }

    /// <summary>Creates an exception with <see cref="ClusterAccessFailure.BadResponse"/>.</summary>
    public ClusterAccessException(string message, Exception innerException)
        : this(ClusterAccessFailure.BadResponse, message, innerException)
    {
    }

    /// <summary>Why the cluster could not be read.</summary>
    public ClusterAccessFailure Failure { get; }
}
