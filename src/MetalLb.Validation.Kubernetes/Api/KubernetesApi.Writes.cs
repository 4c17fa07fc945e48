using System.Net;
using System.Net.Http.Headers;

namespace MetalLb.Validation.Kubernetes.Api;

/// <summary>The writes the monitor makes (creating and patching Events), over the same pipeline and credentials as reads.</summary>
internal sealed partial class KubernetesApi
{
    public const string MergePatch = "application/merge-patch+json";

    /// <summary>
    /// Sends <paramref name="body"/> (JSON) with <paramref name="method"/> within the request timeout. A 2xx answer
    /// returns its status; an error status is an <see cref="ApiStatusException"/>; no answer a
    /// <see cref="ClusterAccessException"/> (unreachable, timeout).
    /// </summary>
    public async Task<HttpStatusCode> SendJsonAsync(HttpMethod method, string path, byte[] body, string contentType, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(RequestTimeout);
        using var request = new HttpRequestMessage(method, new Uri(BaseUri, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        HttpResponseMessage response;
        try
        {
            if (Client.Credentials is { } credentials)
            {
                await credentials.ProcessHttpRequestAsync(request, deadline.Token).ConfigureAwait(false);
            }

            response = await Client.HttpClient.SendAsync(request, deadline.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ClusterAccessException(ClusterAccessFailure.Unreachable, $"cannot reach the API server at {Server}: {Flatten(ex)}", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClusterAccessException(ClusterAccessFailure.Timeout, $"the API server at {Server} did not answer {method} {path} within {RequestTimeout.TotalSeconds:0.#} s", ex);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return response.StatusCode;
            }

            throw new ApiStatusException(response.StatusCode, await StatusMessageAsync(response, deadline.Token).ConfigureAwait(false));
        }
    }
}
