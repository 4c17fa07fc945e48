using System.Security.Cryptography;
using System.Text;

namespace WebhookServer.ApiServer;

/// <summary>Lists every <see cref="ListedResource"/> once, in parallel: one round.</summary>
public sealed class ClusterLister(ApiServerClient client, string metalLbNamespace)
{
    /// <summary>Lists everything; throws (with a plain message) when any required resource cannot be listed.</summary>
    public async Task<ClusterListing> ListAsync(CancellationToken cancellationToken)
    {
        var listed = await Task.WhenAll(ListedResource.All.Select(r => ListAsync(r, cancellationToken))).ConfigureAwait(false);
        var sources = listed.OfType<ListedSource>().ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(source.Name + "\n"));
            hash.AppendData(source.Json);
        }

        return new ClusterListing(sources, Convert.ToHexString(hash.GetHashAndReset()));
    }

    private async Task<ListedSource?> ListAsync(ListedResource resource, CancellationToken cancellationToken)
    {
        foreach (var version in resource.Versions)
        {
            var path = resource.ListPath(version, metalLbNamespace);
            var apiVersion = resource.ApiVersion(version);
            var json = await client.GetListAsync(path, list => ListItemsWriter.Write(list, resource, apiVersion), cancellationToken).ConfigureAwait(false);
            if (json is not null)
            {
                return new ListedSource($"apiserver:{path}", json);
            }
        }

        return resource.MayBeAbsent
            ? null
            : throw new HttpRequestException($"the API server does not serve {resource.Plural}.{(resource.Group.Length == 0 ? "core" : resource.Group)} ({string.Join(", ", resource.Versions)}): 404 Not Found; are MetalLB's CRDs installed?");
    }
}
