using System.Net;

namespace MetalLb.Validation.Kubernetes.Api;

/// <summary>The API server answered with an error status (its <c>Status</c> object's message when it sent one).</summary>
internal sealed class ApiStatusException(HttpStatusCode status, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public bool IsGone => Status == HttpStatusCode.Gone;

    /// <summary>The user's view of it: what was being read and what the server said.</summary>
    public ClusterAccessException ToAccess(string server, string what) => Status switch
    {
        HttpStatusCode.Unauthorized => new(ClusterAccessFailure.Unauthorized, $"the API server at {server} refused the credentials (401 Unauthorized) while listing {what}: {Message}", this),
        HttpStatusCode.Forbidden => new(ClusterAccessFailure.Forbidden, $"forbidden to list {what} (403): {Message}. The account needs get, list and watch on it", this),
        _ => new(ClusterAccessFailure.BadResponse, $"the API server at {server} answered {(int)Status} {Status} while listing {what}: {Message}", this),
    };
}
