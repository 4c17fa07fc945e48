using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace WebhookServer.ApiServer;

/// <summary>
/// GETs lists from the API server with plain <see cref="HttpClient"/>: the service account's bearer token, the API
/// server's certificate checked against the cluster CA only. The converter blanks Secret values; this client's copy of
/// each body is zeroed after conversion (HttpClient's own buffers are not under its control).
/// </summary>
public sealed class ApiServerClient : IDisposable
{
    private const long MaxResponseBytes = 256L * 1024 * 1024;
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 256 };

    private readonly HttpClient _http;
    private readonly Uri _server;
    private readonly ServiceAccountToken? _token;

    /// <summary>Creates a client for <paramref name="settings"/>; throws when the CA file cannot be read.</summary>
    public ApiServerClient(ApiServerSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (settings.CaPath is { } caPath)
        {
            // The chain (with any intermediates the server sends) must end at the cluster CA, not a system root.
            var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
            policy.CustomTrustStore.AddRange(LoadAuthority(caPath));
            handler.SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = policy };
        }

        _server = settings.Url;
        _http = new HttpClient(handler) { MaxResponseContentBufferSize = MaxResponseBytes, Timeout = settings.ListTimeout };
        _token = settings.TokenPath is { } tokenPath ? new ServiceAccountToken(tokenPath, settings.TokenRereadInterval, time) : null;
    }

    /// <summary>
    /// GETs <paramref name="path"/> and hands the JSON to <paramref name="convert"/>; null when the API server answers 404
    /// (the resource is not served). Other failures throw <see cref="HttpRequestException"/> with a plain message.
    /// </summary>
    public async Task<T?> GetListAsync<T>(string path, Func<JsonElement, T> convert, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(convert);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ListUri(_server, path));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (_token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _token.GetAsync(reread: attempt > 0, cancellationToken).ConfigureAwait(false));
            }

            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized && _token is not null && attempt == 0)
            {
                continue; // The token may have been rotated since it was read: read it again, once.
            }

            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode} {response.ReasonPhrase}{StatusMessage(body)}", null, response.StatusCode);
                }

                using var document = JsonDocument.Parse(body, JsonOptions);
                return convert(document.RootElement);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"GET {path} did not answer JSON ({ex.Message})", ex);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(body);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <summary>
    /// The URL of the list at <paramref name="path"/> on <paramref name="server"/>, below any path the server URL has
    /// (a proxy such as Rancher's <c>/k8s/clusters/ID</c>). <c>resourceVersion=0</c> lets the API server answer from
    /// its watch cache instead of a quorum read from etcd.
    /// </summary>
    public static Uri ListUri(Uri server, string path)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new Uri(server, server.AbsolutePath.TrimEnd('/') + path + "?resourceVersion=0");
    }

    // An error body is a metav1.Status; its message ("secrets is forbidden: User ... cannot list ...") says what to fix.
    private static string StatusMessage(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == "Status"
                && root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                && message.GetString() is { Length: > 0 } text
                ? ": " + (text.Length > 300 ? text[..300] + "..." : text)
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    private static X509Certificate2Collection LoadAuthority(string path)
    {
        var authority = new X509Certificate2Collection();
        try
        {
            authority.ImportFromPemFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException($"cannot read the API server's CA certificate at {path}: {ex.Message}", ex);
        }

        return authority.Count > 0 ? authority : throw new InvalidOperationException($"no certificate in the API server's CA file {path}");
    }
}
