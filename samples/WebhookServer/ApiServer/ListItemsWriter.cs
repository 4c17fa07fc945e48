using System.Text.Json;

namespace WebhookServer.ApiServer;

/// <summary>
/// Turns a list response into a <c>kind: List</c> document the library's loader reads: each item gets the
/// <c>apiVersion</c> and <c>kind</c> a list response leaves out, and keeps only what validation reads (name, namespace,
/// labels, annotations and <see cref="ItemContent"/>). Volatile fields (resourceVersion, managedFields, node
/// heartbeats) are dropped, so the output changes only when something validation sees changes. Secret values are
/// blanked here, before anything else holds them.
/// </summary>
public static class ListItemsWriter
{
    private static readonly string[] InterfaceFields = ["name", "type", "state", "ipv4", "ipv6"];

    /// <summary>Writes the items of <paramref name="list"/> (a <paramref name="resource"/> list at <paramref name="apiVersion"/>) as UTF-8 JSON.</summary>
    public static byte[] Write(JsonElement list, ListedResource resource, string apiVersion)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (list.ValueKind != JsonValueKind.Object || !list.TryGetProperty("items", out var items) || items.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
        {
            throw new InvalidDataException($"the API server's answer for {resource.Plural} is not a list");
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("apiVersion", "v1");
            json.WriteString("kind", "List");
            json.WriteStartArray("items");
            var objects = items.ValueKind == JsonValueKind.Array ? items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object) : [];
            foreach (var item in objects)
            {
                WriteItem(json, item, resource, apiVersion);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, JsonElement item, ListedResource resource, string apiVersion)
    {
        json.WriteStartObject();
        json.WriteString("apiVersion", apiVersion);
        json.WriteString("kind", resource.Kind);
        if (Child(item, "metadata") is { } metadata)
        {
            WriteMetadata(json, metadata);
        }

        switch (resource.Content)
        {
            case ItemContent.Spec:
                CopyProperty(json, item, "spec");
                break;
            case ItemContent.NodeAddresses when Child(item, "status") is { } status:
                json.WriteStartObject("status");
                CopyProperty(json, status, "addresses");
                json.WriteEndObject();
                break;
            case ItemContent.NetworkInterfaces:
                WriteInterfaces(json, item);
                break;
            case ItemContent.SecretKeys:
                WriteSecretKeys(json, item);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter json, JsonElement metadata)
    {
        json.WriteStartObject("metadata");
        CopyProperty(json, metadata, "name");
        CopyProperty(json, metadata, "namespace");
        CopyProperty(json, metadata, "labels");

        // Validation reads one annotation, the suppression list. Any other (the last-applied one repeats a Secret's
        // values; controllers rewrite Node annotations all the time) would only cost memory and spoil the fingerprint.
        if (Child(metadata, "annotations") is { } annotations
            && annotations.TryGetProperty(MetalLb.Validation.ValidationOptions.SuppressionAnnotation, out var suppressed))
        {
            json.WriteStartObject("annotations");
            json.WritePropertyName(MetalLb.Validation.ValidationOptions.SuppressionAnnotation);
            suppressed.WriteTo(json);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteInterfaces(Utf8JsonWriter json, JsonElement item)
    {
        if (Child(item, "status") is not { } status || Child(status, "currentState") is not { } current || !current.TryGetProperty("interfaces", out var interfaces) || interfaces.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        json.WriteStartObject("status");
        json.WriteStartObject("currentState");
        json.WriteStartArray("interfaces");
        foreach (var entry in interfaces.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
        {
            json.WriteStartObject();
            foreach (var field in InterfaceFields)
            {
                CopyProperty(json, entry, field);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSecretKeys(Utf8JsonWriter json, JsonElement item)
    {
        CopyProperty(json, item, "type");
        json.WriteStartObject("data");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { "data", "stringData" })
        {
            var names = Child(item, field) is { } values ? values.EnumerateObject().Select(p => p.Name) : [];
            foreach (var name in names.Where(keys.Add))
            {
                json.WriteString(name, string.Empty);
            }
        }

        json.WriteEndObject();
    }

    private static JsonElement? Child(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    private static void CopyProperty(Utf8JsonWriter json, JsonElement parent, string name)
    {
        if (parent.TryGetProperty(name, out var value))
        {
            json.WritePropertyName(name);
            value.WriteTo(json);
        }
    }
}
