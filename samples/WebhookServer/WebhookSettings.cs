using System.Security.Cryptography.X509Certificates;
using MetalLb.Validation;
using MetalLb.Validation.Admission;
using WebhookServer.ApiServer;

namespace WebhookServer;

/// <summary>What the server needs: where to listen, its TLS certificate and where the cluster's current objects come from.</summary>
public sealed record WebhookSettings
{
    /// <summary>Address to bind; all interfaces in a pod, 127.0.0.1 in tests.</summary>
    public string ListenAddress { get; init; } = "0.0.0.0";

    /// <summary>Port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = 9443;

    /// <summary>The serving certificate with its private key.</summary>
    public required X509Certificate2 Certificate { get; init; }

    /// <summary>The cluster as it is now.</summary>
    public required IClusterSnapshot Snapshot { get; init; }

    /// <summary>Validation options (mode, release, whether suppression annotations count).</summary>
    public ValidationOptions Options { get; init; } = ValidationOptions.Default;

    /// <summary>
    /// Reads settings from configuration (appsettings.json, environment variables such as <c>Webhook__CertificatePath</c>,
    /// or command-line <c>--Webhook:CertificatePath=...</c>): <c>Webhook:CertificatePath</c> and <c>Webhook:KeyPath</c>
    /// (PEM; the cert-manager Secret mounted as files), <c>Webhook:Source</c> (<see cref="SourceOf"/>),
    /// <c>Webhook:ApiServer:*</c> (<see cref="ApiServerSettings.FromConfiguration"/>), <c>Webhook:ManifestsPath</c>
    /// (the directory read when the source is <see cref="SnapshotSource.ManifestsPath"/>), <c>Webhook:Port</c>,
    /// <c>Webhook:Mode</c> and <c>Webhook:HonorSuppressions</c>.
    /// </summary>
    public static WebhookSettings FromConfiguration(IConfiguration configuration, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Webhook");
        var certificatePath = section["CertificatePath"] ?? "/tls/tls.crt";
        var keyPath = section["KeyPath"] ?? "/tls/tls.key";
        var options = ValidationOptions.Default;
        if (section["Mode"] is { } mode && MetalLb.Validation.Diagnostics.BackendModeExtensions.TryParse(mode, out var parsed))
        {
            options = options with { Mode = parsed };
        }

        if (bool.TryParse(section["HonorSuppressions"], out var honor))
        {
            options = options with { HonorSuppressions = honor };
        }

        options = options with { MetalLbNamespace = MetalLbNamespaceOf(configuration), MetalLbNamespaceOrigin = "the webhook's namespace" };

        return new WebhookSettings
        {
            Port = int.TryParse(section["Port"], out var port) ? port : 9443,
            Certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath),
            Snapshot = SourceOf(configuration) == SnapshotSource.ApiServer
                ? new ApiServerClusterSnapshot(ApiServerSettings.FromConfiguration(configuration), loggerFactory?.CreateLogger<ApiServerClusterSnapshot>())
                : new DirectoryClusterSnapshot(section["ManifestsPath"] ?? "/config"),
            Options = options,
        };
    }

    /// <summary>
    /// The namespace MetalLB runs in, which the webhook shares: <c>Webhook:Namespace</c>, else <c>POD_NAMESPACE</c> (the
    /// downward API, see deploy/webhook.yaml), else the service account's namespace file, else <c>metallb-system</c>.
    /// </summary>
    public static string MetalLbNamespaceOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Webhook:Namespace"] is { Length: > 0 } configured ? configured
            : configuration["POD_NAMESPACE"] is { Length: > 0 } pod ? pod
            : ApiServerSettings.OwnNamespace(configuration["Webhook:ApiServer:NamespacePath"] ?? $"{ApiServerSettings.ServiceAccountDirectory}/namespace") ?? "metallb-system";
    }

    /// <summary>
    /// <c>Webhook:Source</c> when set (<c>ApiServer</c> or <c>ManifestsPath</c>); otherwise <see cref="SnapshotSource.ApiServer"/>
    /// inside a cluster (<c>KUBERNETES_SERVICE_HOST</c> is set) and <see cref="SnapshotSource.ManifestsPath"/> elsewhere.
    /// </summary>
    public static SnapshotSource SourceOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Webhook:Source"];
        if (string.IsNullOrEmpty(configured))
        {
            return string.IsNullOrEmpty(configuration["KUBERNETES_SERVICE_HOST"]) ? SnapshotSource.ManifestsPath : SnapshotSource.ApiServer;
        }

        return Enum.TryParse<SnapshotSource>(configured, ignoreCase: true, out var source) && Enum.IsDefined(source) && !char.IsAsciiDigit(configured[0])
            ? source
            : throw new InvalidOperationException($"Webhook:Source must be ApiServer or ManifestsPath, got \"{configured}\"");
    }
}
