using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace WebhookServer.ApiServer;

/// <summary>
/// GETs lists from the API server with plain <see cref="HttpClient"/>: the service account's bearer token, the API
/// server's certificate checked against the cluster CA only. Response bodies are wiped as soon as they are converted,
/// so Secret values live no longer than one conversion.
/// </summary>
public sealed class ApiServerClient : IDisposable
{
    private const long MaxResponseBytes = 256L * 1024 * 1024;
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 256 };

    private readonly HttpClient _http;
    private readonly ServiceAccountToken? _token;

    /// <summary>Creates a client for <paramref name="settings"/>; throws when the CA file cannot be read.</summary>
    public ApiServerClient(ApiServerSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (settings.CaPath is { } caPath)
        {
            var authority = LoadAuthority(caPath);
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => IsSignedBy(authority, certificate, errors),
            };
        }

        _http = new HttpClient(handler) { BaseAddress = settings.Url, MaxResponseContentBufferSize = MaxResponseBytes, Timeout = settings.ListTimeout };
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
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
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

    private static bool IsSignedBy(X509Certificate2Collection authority, X509Certificate? certificate, SslPolicyErrors errors)
    {
        // The name must match as usual; only the chain is checked against the cluster CA instead of the system's.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        var leaf = certificate as X509Certificate2;
        using var copy = leaf is null ? new X509Certificate2(certificate) : null;
        return chain.Build(leaf ?? copy!);
    }
}
