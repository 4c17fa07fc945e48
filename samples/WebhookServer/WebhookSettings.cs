using System.Security.Cryptography.X509Certificates;
using MetalLb.Validation;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Kubernetes;
using WebhookServer.Cluster;
using WebhookServer.Manifests;

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

    /// <summary>
    /// How long a caller waits when it does not say (the API server sends the webhook's <c>timeoutSeconds</c> as
    /// <c>?timeout=</c>); set it to the ValidatingWebhookConfiguration's <c>timeoutSeconds</c>. Answers are due at 80 %.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Validations run at once; more requests wait, as long as their deadline allows. Defaults to the processor count.</summary>
    public int MaxConcurrentValidations { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Connections held at once (the API server keeps a few alive per replica).</summary>
    public int MaxConnections { get; init; } = 512;

    /// <summary>Validation options (mode, release, whether suppression annotations count).</summary>
    public ValidationOptions Options { get; init; } = ValidationOptions.Default;

    /// <summary>
    /// Reads settings from configuration (appsettings.json, environment variables such as <c>Webhook__CertificatePath</c>,
    /// or command-line <c>--Webhook:CertificatePath=...</c>): <c>Webhook:CertificatePath</c> and <c>Webhook:KeyPath</c>
    /// (PEM; the cert-manager Secret mounted as files), <c>Webhook:Source</c> (<see cref="SourceOf"/>),
    /// <c>Webhook:Kubeconfig</c> (the in-cluster source's kubeconfig for local runs; in a pod the service account),
    /// <c>Webhook:ApiServer:MaxStaleSeconds</c> (60: how long the last good view is served while watching fails), <c>Webhook:ManifestsPath</c>
    /// (the directory read when the source is <see cref="SnapshotSource.ManifestsPath"/>), <c>Webhook:Port</c>,
    /// <c>Webhook:Manifests:RecheckSeconds</c> (2) and <c>Webhook:Manifests:MaxStaleSeconds</c> (30), <c>Webhook:ListenAddress</c>
    /// (0.0.0.0), <c>Webhook:Port</c>, <c>Webhook:TimeoutSeconds</c> (10), <c>Webhook:MaxConcurrentValidations</c> (the
    /// processor count), <c>Webhook:Mode</c> and <c>Webhook:HonorSuppressions</c>.
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

        var listen = section["ListenAddress"] ?? "0.0.0.0";
        if (!System.Net.IPAddress.TryParse(listen, out _))
        {
            throw new InvalidOperationException($"Webhook:ListenAddress must be an IP address (0.0.0.0, ::, 127.0.0.1), got \"{listen}\"");
        }

        var maxStaleness = TimeSpan.FromSeconds(Positive(section, "ApiServer:MaxStaleSeconds", 60));
        return new WebhookSettings
        {
            ListenAddress = listen,
            Port = int.TryParse(section["Port"], out var port) ? port : 9443,
            Timeout = TimeSpan.FromSeconds(Positive(section, "TimeoutSeconds", 10)),
            MaxConcurrentValidations = (int)Positive(section, "MaxConcurrentValidations", Math.Max(1, Environment.ProcessorCount)),
            Certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath),
            Snapshot = SourceOf(configuration) == SnapshotSource.ApiServer
                ? new LiveClusterSource(
                    ClusterConnection.Open(section["Kubeconfig"] is { Length: > 0 } kubeconfig ? kubeconfig : null),
                    options.MetalLbNamespace!,
                    maxStaleness,
                    options.Limits,
                    loggerFactory?.CreateLogger<LiveClusterSource>())
                : new WatchedManifestsSnapshot(
                    new ManifestsSettings
                    {
                        Directory = section["ManifestsPath"] ?? "/config",
                        RecheckInterval = TimeSpan.FromSeconds(Positive(section, "Manifests:RecheckSeconds", 2)),
                        MaxStaleness = TimeSpan.FromSeconds(Positive(section, "Manifests:MaxStaleSeconds", 30)),
                    },
                    loggerFactory?.CreateLogger<WatchedManifestsSnapshot>()),
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
            : OwnNamespace(configuration["Webhook:NamespacePath"] ?? "/var/run/secrets/kubernetes.io/serviceaccount/namespace") ?? "metallb-system";
    }

    private static string? OwnNamespace(string path)
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

    private static double Positive(IConfiguration section, string key, double fallback)
    {
        var text = section[key];
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 86_400
            ? value
            : throw new InvalidOperationException($"Webhook:{key} must be a positive number, got \"{text}\"");
    }
}
