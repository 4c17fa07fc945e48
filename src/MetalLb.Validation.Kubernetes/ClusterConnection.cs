using k8s;
using k8s.Exceptions;
using MetalLb.Validation.Kubernetes.Api;

namespace MetalLb.Validation.Kubernetes;

/// <summary>
/// A connection to a cluster's API server through KubernetesClient: the kubeconfig (a file, a context) or, in a pod,
/// the service account. It knows the server and the context, never shows credentials, and is shared by one-shot reads
/// and live views.
/// </summary>
public sealed class ClusterConnection : IDisposable
{
    private readonly k8s.Kubernetes _client;

    private ClusterConnection(KubernetesClientConfiguration configuration, string? context, bool inCluster, TimeSpan requestTimeout)
    {
        // Each request carries its own deadline (a watch has none), so the client's overall timeout is off.
        configuration.HttpClientTimeout = Timeout.InfiniteTimeSpan;
        _client = new k8s.Kubernetes(configuration);
        var server = _client.BaseUri.AbsoluteUri;
        BaseUri = new Uri(server.EndsWith('/') ? server : server + "/");
        // What reports and logs show: no user:password a kubeconfig may write into the server URL, no query.
        Server = new UriBuilder(BaseUri) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty }
            .Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        Context = context;
        InCluster = inCluster;
        RequestTimeout = requestTimeout;
        Api = new KubernetesApi(_client, BaseUri, Server, requestTimeout);
    }

    /// <summary>The API server's address (<c>https://10.0.0.1:6443</c>).</summary>
    public string Server { get; }

    /// <summary>The kubeconfig context used, or null in a pod.</summary>
    public string? Context { get; }

    /// <summary>True when the pod's service account is used.</summary>
    public bool InCluster { get; }

    /// <summary>How long one request (a list, a discovery) may take.</summary>
    public TimeSpan RequestTimeout { get; }

    internal Uri BaseUri { get; }

    internal KubernetesApi Api { get; }

    /// <summary>
    /// Opens a connection. With neither <paramref name="kubeconfig"/> nor <paramref name="context"/>: $KUBECONFIG or
    /// ~/.kube/config when present, else the pod's service account when run in a pod. A missing file, an unknown
    /// context or an unreadable configuration is a <see cref="ClusterAccessException"/> with
    /// <see cref="ClusterAccessFailure.Configuration"/>.
    /// </summary>
    public static ClusterConnection Open(string? kubeconfig = null, string? context = null, TimeSpan? requestTimeout = null)
    {
        var timeout = requestTimeout ?? TimeSpan.FromSeconds(30);
        try
        {
            var path = kubeconfig ?? DefaultKubeconfig();
            if (path is null)
            {
                if (context is null && KubernetesClientConfiguration.IsInCluster())
                {
                    return new ClusterConnection(KubernetesClientConfiguration.InClusterConfig(), null, inCluster: true, timeout);
                }

                throw new ClusterAccessException(ClusterAccessFailure.Configuration,
                    "no kubeconfig: give --kubeconfig FILE, set KUBECONFIG, create ~/.kube/config, or run in a pod with a service account");
            }

            if (!File.Exists(path))
            {
                throw new ClusterAccessException(ClusterAccessFailure.Configuration, $"cannot read kubeconfig '{path}': no such file");
            }

            var configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(path, context);
            return new ClusterConnection(configuration, configuration.CurrentContext ?? context, inCluster: false, timeout);
        }
        catch (ClusterAccessException)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever the client throws on a bad kubeconfig becomes one plain message.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new ClusterAccessException(ClusterAccessFailure.Configuration, $"cannot use the {(kubeconfig ?? "default")} kubeconfig{(context is null ? string.Empty : $" with context '{context}'")}: {Describe(ex)}", ex);
        }
    }

    /// <summary>One line for reports: the context and the server, nothing secret.</summary>
    public override string ToString() => InCluster ? $"in-cluster service account, server {Server}" : $"context {Context ?? "(current)"}, server {Server}";

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static string? DefaultKubeconfig()
    {
        if (Environment.GetEnvironmentVariable("KUBECONFIG") is { Length: > 0 } variable)
        {
            return variable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(File.Exists)
                ?? variable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)[0];
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var file = Path.Combine(home, ".kube", "config");
        return File.Exists(file) ? file : null;
    }

    private static string Describe(Exception ex) => ex switch
    {
        KubeConfigException or FileNotFoundException => ex.Message,
        _ when ex.InnerException is { } inner => $"{ex.Message} ({inner.Message})",
        _ => ex.Message,
    };
}
