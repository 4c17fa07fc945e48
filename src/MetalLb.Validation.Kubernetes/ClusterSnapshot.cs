using System.Text.Json;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Kubernetes;

/// <summary>What one read of the cluster found: the objects, MetalLB's namespace and why, and notes on what was absent.</summary>
public sealed class ClusterSnapshot
{
    internal ClusterSnapshot(string server, string? context, bool inCluster, string metalLbNamespace, string namespaceReason, IReadOnlyList<ClusterObject> objects, IReadOnlyList<string> notes)
    {
        Server = server;
        Context = context;
        InCluster = inCluster;
        MetalLbNamespace = metalLbNamespace;
        NamespaceReason = namespaceReason;
        Objects = objects;
        Notes = notes;
    }

    /// <summary>The API server read.</summary>
    public string Server { get; }

    /// <summary>The kubeconfig context, or null in a pod.</summary>
    public string? Context { get; }

    /// <summary>True when read with the pod's service account.</summary>
    public bool InCluster { get; }

    /// <summary>The namespace MetalLB runs in, whose objects were read.</summary>
    public string MetalLbNamespace { get; }

    /// <summary>Why that namespace: MetalLB's controller Deployment, the option, or the default.</summary>
    public string NamespaceReason { get; }

    /// <summary>Every object read, MetalLB's kinds, Nodes, NodeNetworkStates, Secrets and Namespaces (those two metadata only).</summary>
    public IReadOnlyList<ClusterObject> Objects { get; }

    /// <summary>What could not be read and why it was not an error (nmstate not installed, Secrets or Namespaces forbidden).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Adds every object to <paramref name="loader"/>; findings then name <c>cluster:Kind/namespace/name</c>.</summary>
    public ConfigurationLoader AddTo(ConfigurationLoader loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        foreach (var o in Objects)
        {
            if (o.Kind == SecretMetadata.KindName)
            {
                loader.AddObjects([SecretFrom(o)]);
            }
            else
            {
                loader.AddText(o.Text, o.SourceName);
            }
        }

        return loader;
    }

    /// <summary><paramref name="options"/> with MetalLB's namespace as found in the cluster, unless the options name one.</summary>
    public ValidationOptions ApplyTo(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MetalLbNamespace is { Length: > 0 } ? options : options with { MetalLbNamespace = MetalLbNamespace, MetalLbNamespaceOrigin = NamespaceReason };
    }

    private static SecretMetadata SecretFrom(ClusterObject o)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(o.Text);
        if (document.RootElement.TryGetProperty("metadata", out var metadata))
        {
            Fill(metadata, "labels", labels);
            Fill(metadata, "annotations", annotations);
        }

        return new SecretMetadata
        {
            Metadata = new ObjectMeta(o.Name, o.Namespace, labels, annotations),
            Location = new SourceSpan(o.SourceName, 1, 1),
            MetadataOnly = true,
        };
    }

    private static void Fill(JsonElement metadata, string field, Dictionary<string, string> into)
    {
        if (metadata.TryGetProperty(field, out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in map.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                into[p.Name] = p.Value.GetString()!;
            }
        }
    }
}
