using System.Globalization;

namespace WebhookServer.ApiServer;

/// <summary>How <see cref="ApiServerClusterSnapshot"/> reaches the API server and how fresh its snapshot must be.</summary>
public sealed record ApiServerSettings
{
    /// <summary>Where a pod finds its service account's token, CA and namespace.</summary>
    public const string ServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    /// <summary>The API server, e.g. <c>https://10.96.0.1:443</c>; <c>http://127.0.0.1:8001</c> behind <c>kubectl proxy</c>.</summary>
    public required Uri Url { get; init; }

    /// <summary>File holding the bearer token, re-read every <see cref="TokenRereadInterval"/> (bound tokens rotate); null sends none.</summary>
    public string? TokenPath { get; init; } = $"{ServiceAccountDirectory}/token";

    /// <summary>PEM file of the CA that signed the API server's certificate; null trusts the system's CAs.</summary>
    public string? CaPath { get; init; } = $"{ServiceAccountDirectory}/ca.crt";

    /// <summary>The namespace MetalLB runs in: its objects and Secrets are listed there.</summary>
    public string MetalLbNamespace { get; init; } = "metallb-system";

    /// <summary>How long a listing is used before the next request lists again.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the last good listing is still served while the API server cannot be listed; after that requests are denied.</summary>
    public TimeSpan MaxStaleness { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one round of listing every resource may take (below the webhook's <c>timeoutSeconds</c>).</summary>
    public TimeSpan ListTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the token file is read again (the kubelet rotates it well before it expires).</summary>
    public TimeSpan TokenRereadInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Reads <c>Webhook:ApiServer:*</c>: <c>Url</c> (default from <c>KUBERNETES_SERVICE_HOST</c> and
    /// <c>KUBERNETES_SERVICE_PORT</c>), <c>TokenPath</c>, <c>CaPath</c>, <c>Namespace</c> (default: the pod's own, from
    /// the service account's namespace file, else <c>metallb-system</c>), <c>RefreshSeconds</c>, <c>MaxStaleSeconds</c>,
    /// <c>ListTimeoutSeconds</c>. An empty <c>TokenPath</c> or <c>CaPath</c> turns that off.
    /// </summary>
    public static ApiServerSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Webhook:ApiServer");
        var defaults = new ApiServerSettings { Url = new Uri("https://kubernetes.default.svc") };
        return new ApiServerSettings
        {
            Url = ReadUrl(configuration, section["Url"]),
            TokenPath = Optional(section["TokenPath"], defaults.TokenPath),
            CaPath = Optional(section["CaPath"], defaults.CaPath),
            MetalLbNamespace = section["Namespace"] is { Length: > 0 } ns ? ns : configuration["Webhook:Namespace"] is { Length: > 0 } shared ? shared : configuration["POD_NAMESPACE"] is { Length: > 0 } pod ? pod : OwnNamespace(section["NamespacePath"] ?? $"{ServiceAccountDirectory}/namespace") ?? defaults.MetalLbNamespace,
            RefreshInterval = Seconds(section["RefreshSeconds"], defaults.RefreshInterval),
            MaxStaleness = Seconds(section["MaxStaleSeconds"], defaults.MaxStaleness),
            ListTimeout = Seconds(section["ListTimeoutSeconds"], defaults.ListTimeout),
        };
    }

    private static Uri ReadUrl(IConfiguration configuration, string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Uri.TryCreate(configured, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
                ? url
                : throw new InvalidOperationException($"Webhook:ApiServer:Url must be an absolute http(s) URL, got \"{configured}\"");
        }

        var host = configuration["KUBERNETES_SERVICE_HOST"];
        if (string.IsNullOrEmpty(host))
        {
            throw new InvalidOperationException("not running in a cluster (KUBERNETES_SERVICE_HOST is not set): set Webhook:ApiServer:Url, or Webhook:Source=ManifestsPath");
        }

        var port = int.TryParse(configuration["KUBERNETES_SERVICE_PORT"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 443;

        // UriBuilder brackets an IPv6 host.
        return new UriBuilder(Uri.UriSchemeHttps, host, port).Uri;
    }

    private static string? Optional(string? configured, string? fallback) => configured switch
    {
        null => fallback,
        "" => null,
        _ => configured,
    };

    private static TimeSpan Seconds(string? configured, TimeSpan fallback) =>
        double.TryParse(configured, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds < 86400
            ? TimeSpan.FromSeconds(seconds)
            : fallback;

    internal static string? OwnNamespace(string path)
    {
        try
        {
            return File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } ns ? ns : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
