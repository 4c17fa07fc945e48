namespace MetalLb.Validation.Kubernetes;

/// <summary>Why the cluster could not be read.</summary>
public enum ClusterAccessFailure
{
    /// <summary>No usable kubeconfig or in-cluster configuration (missing file, unknown context, bad certificate data).</summary>
    Configuration,

    /// <summary>The API server could not be reached (connection refused, DNS, TLS).</summary>
    Unreachable,

    /// <summary>The API server refused the credentials (401).</summary>
    Unauthorized,

    /// <summary>The credentials may not read a resource this tool needs (403).</summary>
    Forbidden,

    /// <summary>The API server did not answer in time.</summary>
    Timeout,

    /// <summary>The API server answered something that is not the Kubernetes API's shape.</summary>
    BadResponse,

    /// <summary>A live view has not listed everything yet, or has not followed the cluster for longer than allowed.</summary>
    NotCurrent,
}
