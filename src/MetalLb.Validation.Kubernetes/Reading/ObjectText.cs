using System.Text;
using System.Text.Json;
using MetalLb.Validation.Kubernetes.Api;

namespace MetalLb.Validation.Kubernetes.Reading;

/// <summary>
/// Turns an object as the API serves it into the text the loader reads (JSON is YAML): apiVersion and kind first
/// (a typed list's items lack them), without managedFields, the last-applied annotation or status MetalLB does not
/// read. Nodes keep status.addresses; NodeNetworkStates keep status.currentState; Secrets and Namespaces keep metadata alone.
/// </summary>
internal static class ObjectText
{
    private const string LastApplied = "kubectl.kubernetes.io/last-applied-configuration";

    public static string SourceName(string kind, string? ns, string name) => ns is null ? $"cluster:{kind}/{name}" : $"cluster:{kind}/{ns}/{name}";

    /// <summary>The object, or null when it has no name (no API server serves such a thing; the caller reports it).</summary>
    public static ClusterObject? From(JsonElement item, ApiResource resource)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object
            || !metadata.TryGetProperty("name", out var nameElement) || nameElement.GetString() is not { Length: > 0 } name)
        {
            return null;
        }

        var ns = resource.Namespaced && metadata.TryGetProperty("namespace", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var resourceVersion = metadata.TryGetProperty("resourceVersion", out var rv) && rv.ValueKind == JsonValueKind.String ? rv.GetString() : null;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("apiVersion", resource.ApiVersion);
            json.WriteString("kind", resource.Kind);
            json.WritePropertyName("metadata");
            WriteMetadata(json, metadata);
            if (!resource.MetadataOnly)
            {
                foreach (var property in item.EnumerateObject())
                {
                    if (property.Name is "apiVersion" or "kind" or "metadata")
                    {
                        continue;
                    }

                    if (property.Name == "status")
                    {
                        WriteStatus(json, resource, property.Value);
                        continue;
                    }

                    property.WriteTo(json);
                }
            }

            json.WriteEndObject();
        }

        return new ClusterObject(resource.Kind, ns, name, SourceName(resource.Kind, ns, name), Encoding.UTF8.GetString(buffer.ToArray()) + "\n") { ResourceVersion = resourceVersion };
    }

    private static void WriteMetadata(Utf8JsonWriter json, JsonElement metadata)
    {
        json.WriteStartObject();
        foreach (var property in metadata.EnumerateObject())
        {
            if (property.Name is "managedFields" or "selfLink")
            {
                continue;
            }

            if (property.Name == "annotations" && property.Value.ValueKind == JsonValueKind.Object)
            {
                json.WriteStartObject("annotations");
                foreach (var annotation in property.Value.EnumerateObject().Where(a => a.Name != LastApplied))
                {
                    annotation.WriteTo(json);
                }

                json.WriteEndObject();
                continue;
            }

            property.WriteTo(json);
        }

        json.WriteEndObject();
    }

    private static void WriteStatus(Utf8JsonWriter json, ApiResource resource, JsonElement status)
    {
        var keep = resource == ApiResource.Nodes ? "addresses" : resource == ApiResource.NodeNetworkStates ? "currentState" : null;
        if (keep is null || status.ValueKind != JsonValueKind.Object || !status.TryGetProperty(keep, out var value))
        {
            return;
        }

        json.WriteStartObject("status");
        json.WritePropertyName(keep);
        value.WriteTo(json);
        json.WriteEndObject();
    }
}
