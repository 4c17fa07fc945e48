using System.Text.Json;
using MetalLb.Validation.Kubernetes.Api;
using MetalLb.Validation.Kubernetes.Reading;

namespace MetalLb.Validation.Kubernetes;

/// <summary>
/// Reads, once, what validation needs from a live cluster: MetalLB's objects in MetalLB's namespace (found from its
/// controller Deployment unless given), the Nodes, nmstate's NodeNetworkStates when that CRD is installed, the
/// Secrets of MetalLB's namespace as metadata only (their values are never requested) and the Namespaces' metadata.
/// </summary>
public sealed class ClusterReader(ClusterConnection connection)
{
    /// <summary>The resources a read lists, for the RBAC a user grants: get, list and watch on each.</summary>
    public static IReadOnlyList<string> Resources { get; } = [.. ResourceList.All.Select(r => r.ToString())];

    /// <summary>
    /// Reads the cluster. <paramref name="metalLbNamespace"/> skips the search for MetalLB's controller. Failures that
    /// stop the read (unreachable, 401, 403 on what MetalLB needs, timeouts) are a <see cref="ClusterAccessException"/>.
    /// </summary>
    public async Task<ClusterSnapshot> ReadAsync(string? metalLbNamespace = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var api = connection.Api;
        var notes = new List<string>();
        var (ns, reason) = metalLbNamespace is { Length: > 0 }
            ? (metalLbNamespace, "given by the caller")
            : await MetalLbNamespaceFinder.FindAsync(api, notes, cancellationToken).ConfigureAwait(false);

        var objects = new List<ClusterObject>();
        foreach (var resource in ApiResource.MetalLb)
        {
            await ListIntoAsync(api, resource, ns, objects, notes, optional: true, cancellationToken).ConfigureAwait(false);
        }

        await ListIntoAsync(api, ApiResource.Nodes, null, objects, notes, optional: false, cancellationToken).ConfigureAwait(false);
        await ListIntoAsync(api, ApiResource.NodeNetworkStates, null, objects, notes, optional: true, cancellationToken).ConfigureAwait(false);
        await ListIntoAsync(api, ApiResource.Secrets, ns, objects, notes, optional: true, cancellationToken).ConfigureAwait(false);
        await ListIntoAsync(api, ApiResource.Namespaces, null, objects, notes, optional: true, cancellationToken).ConfigureAwait(false);
        return new ClusterSnapshot(connection.Server, connection.Context, connection.InCluster, ns, reason, objects, notes);
    }

    /// <inheritdoc cref="ReadAsync"/>
    public ClusterSnapshot Read(string? metalLbNamespace = null, CancellationToken cancellationToken = default) =>
        ReadAsync(metalLbNamespace, cancellationToken).GetAwaiter().GetResult();

    /// <summary>The note when Namespaces may not be listed: only MLB0111 needs them, so the read goes on without it.</summary>
    internal static string NamespacesForbidden(ApiStatusException ex) =>
        $"Namespaces could not be listed (403: {ex.Message}): MLB0111 (a serviceAllocation namespace that does not exist) is not checked; grant list and watch on namespaces (metadata only is read)";

    private static async Task ListIntoAsync(KubernetesApi api, ApiResource resource, string? ns, List<ClusterObject> into, List<string> notes, bool optional, CancellationToken cancellationToken)
    {
        ApiList list;
        try
        {
            list = await api.ListAsync(resource, ns, accept: resource.MetadataOnly ? KubernetesApi.MetadataOnly : null, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiStatusException ex) when (optional && KubernetesApi.IsNotFound(ex))
        {
            notes.Add(resource == ApiResource.NodeNetworkStates
                ? "nmstate's NodeNetworkState CRD is not installed (404): node interfaces come from no NodeNetworkState; give them with --ip-addr or a NodeInventory"
                : $"{resource} is not served (404): its CRD is not installed at {resource.ApiVersion}");
            return;
        }
        catch (ApiStatusException ex) when (resource == ApiResource.Secrets && ex.Status == System.Net.HttpStatusCode.Forbidden)
        {
            notes.Add($"Secrets in {ns} could not be listed (403: {ex.Message}): BGPPeer password Secrets are not checked; grant list on secrets (metadata only is read)");
            return;
        }
        catch (ApiStatusException ex) when (resource == ApiResource.Namespaces && ex.Status == System.Net.HttpStatusCode.Forbidden)
        {
            notes.Add(NamespacesForbidden(ex));
            return;
        }
        catch (ApiStatusException ex)
        {
            throw ex.ToAccess(api.Server, ns is null ? resource.ToString() : $"{resource} in namespace {ns}");
        }

        foreach (var item in list.Items)
        {
            if (ObjectText.From(item, resource) is { } o)
            {
                into.Add(o);
            }
            else
            {
                notes.Add($"the API server sent a {resource.Kind} without a name; it was skipped");
            }
        }
    }
}
