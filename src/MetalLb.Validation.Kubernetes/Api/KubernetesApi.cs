using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace MetalLb.Validation.Kubernetes.Api;

/// <summary>
/// List and watch over KubernetesClient's HTTP pipeline: its HttpClient carries the kubeconfig's TLS trust and client
/// certificate, its credentials add the token (static, file or exec plugin). Answers stay JSON so each object keeps
/// the exact text the API served; headers and credentials are never logged or put into messages.
/// </summary>
internal sealed partial class KubernetesApi(k8s.Kubernetes client, Uri baseUri, string server, TimeSpan requestTimeout)
{
    // For the other part of this class (KubernetesApi.Writes.cs): primary constructor parameters are seen only here.
    private k8s.Kubernetes Client => client;

    private Uri BaseUri => baseUri;

    private TimeSpan RequestTimeout => requestTimeout;

    /// <summary>The Accept header of a metadata-only list: the server sends each object's metadata and nothing else.</summary>
    public const string MetadataOnly = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";

    private const int PageSize = 500;

    /// <summary>More objects than this in one list is not a cluster MetalLB runs in: the read stops rather than grow without bound.</summary>
    public int MaxObjects { get; set; } = 200_000;

    public int MaxLineChars { get; set; } = BoundedLineReader.DefaultMaxChars;

    public string Server => server;

    /// <summary>Every page of a list; <paramref name="accept"/> <see cref="MetadataOnly"/> lists metadata alone.</summary>
    public async Task<ApiList> ListAsync(ApiResource resource, string? ns, string? labelSelector = null, string? accept = null, CancellationToken cancellationToken = default)
    {
        var items = new List<JsonElement>();
        string? next = null;
        string resourceVersion;
        do
        {
            var query = new StringBuilder($"?limit={PageSize}");
            if (labelSelector is not null)
            {
                query.Append("&labelSelector=").Append(Uri.EscapeDataString(labelSelector));
            }

            if (next is not null)
            {
                query.Append("&continue=").Append(Uri.EscapeDataString(next));
            }

            using var document = await GetJsonAsync(resource.CollectionPath(ns) + query, accept, resource.ToString(), cancellationToken).ConfigureAwait(false);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var array) || array.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
            {
                throw new ClusterAccessException(ClusterAccessFailure.BadResponse, $"the API server at {server} answered the list of {resource} with something that is not a list");
            }

            if (array.ValueKind == JsonValueKind.Array)
            {
                items.AddRange(array.EnumerateArray().Select(i => i.Clone()));
                if (items.Count > MaxObjects)
                {
                    throw new ClusterAccessException(ClusterAccessFailure.BadResponse, $"the list of {resource} holds more than {MaxObjects} objects; stopped reading");
                }
            }

            var metadata = root.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
            resourceVersion = metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("resourceVersion", out var rv) ? rv.GetString() ?? string.Empty : string.Empty;
            next = metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("continue", out var c) && c.GetString() is { Length: > 0 } token ? token : null;
        }
        while (next is not null);

        return new ApiList(items, resourceVersion);
    }

    /// <summary>
    /// The events of one watch from <paramref name="resourceVersion"/>, with bookmarks, until the server ends it. A
    /// connection that breaks ends the sequence with an <see cref="IOException"/>; the caller watches again.
    /// </summary>
    public async IAsyncEnumerable<WatchEvent> WatchAsync(ApiResource resource, string? ns, string resourceVersion, TimeSpan serverTimeout, string? accept = null, string? labelSelector = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var path = $"{resource.CollectionPath(ns)}?watch=true&allowWatchBookmarks=true&resourceVersion={Uri.EscapeDataString(resourceVersion)}&timeoutSeconds={(int)serverTimeout.TotalSeconds}";
        if (labelSelector is not null)
        {
            path += "&labelSelector=" + Uri.EscapeDataString(labelSelector);
        }

        var watchAccept = accept == MetadataOnly ? "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1" : accept;
        using var response = await SendAsync(path, watchAccept, resource.ToString(), headersOnly: true, cancellationToken).ConfigureAwait(false);
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new BoundedLineReader(stream, MaxLineChars);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            WatchEvent watchEvent;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                watchEvent = new WatchEvent(root.GetProperty("type").GetString() ?? string.Empty, root.GetProperty("object").Clone());
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new ClusterAccessException(ClusterAccessFailure.BadResponse, $"the watch of {resource} sent a line that is not a watch event: {ex.Message}", ex);
            }

            yield return watchEvent;
        }
    }

    /// <summary>GET a JSON document, within the request timeout.</summary>
    public async Task<JsonDocument> GetJsonAsync(string path, string? accept, string what, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(requestTimeout);
        try
        {
            using var response = await SendAsync(path, accept, what, headersOnly: false, deadline.Token).ConfigureAwait(false);
            using var stream = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            return await JsonDocument.ParseAsync(stream, default, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClusterAccessException(ClusterAccessFailure.Timeout, $"the API server at {server} did not answer the list of {what} within {requestTimeout.TotalSeconds:0.#} s", ex);
        }
        catch (JsonException ex)
        {
            throw new ClusterAccessException(ClusterAccessFailure.BadResponse, $"the API server at {server} answered the list of {what} with text that is not JSON: {ex.Message}", ex);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? accept, string what, bool headersOnly, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, path));
        request.Headers.Accept.Add(accept is null ? new MediaTypeWithQualityHeaderValue("application/json") : MediaTypeWithQualityHeaderValue.Parse(accept));
        HttpResponseMessage response;
        try
        {
            if (client.Credentials is { } credentials)
            {
                await credentials.ProcessHttpRequestAsync(request, cancellationToken).ConfigureAwait(false);
            }

            response = await client.HttpClient.SendAsync(request, headersOnly ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ClusterAccessException(ClusterAccessFailure.Unreachable, $"cannot reach the API server at {server}: {Flatten(ex)}", ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var message = await StatusMessageAsync(response, cancellationToken).ConfigureAwait(false);
            throw new ApiStatusException(response.StatusCode, message);
        }
    }

    /// <summary>The message of the Status object the API server sends with an error, else the reason phrase.</summary>
    private static async Task<string> StatusMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var m) && m.GetString() is { Length: > 0 } message)
            {
                return message.Length > 500 ? message[..500] + "…" : message;
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or HttpRequestException)
        {
        }

        return response.ReasonPhrase ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Flatten(Exception ex)
    {
        var parts = new List<string>();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (!parts.Contains(e.Message, StringComparer.Ordinal))
            {
                parts.Add(e.Message);
            }
        }

        return string.Join(": ", parts);
    }

    internal static bool IsNotFound(Exception ex) => ex is ApiStatusException { Status: HttpStatusCode.NotFound };
}
