using System.Globalization;
using System.Text.Json.Nodes;

namespace ApiServerStandIn;

/// <summary>The API server's own JSON shapes: Status, discovery documents, lists, PartialObjectMetadata and Tables.</summary>
public static class ApiShapes
{
    public static JsonObject Status(int code, string reason, string message) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Failure",
        ["message"] = message,
        ["reason"] = reason,
        ["code"] = code,
    };

    public static JsonObject Version() => new()
    {
        ["major"] = "1",
        ["minor"] = "32",
        ["gitVersion"] = "v1.32.0-standin",
        ["gitCommit"] = "0000000000000000000000000000000000000000",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2026-01-01T00:00:00Z",
        ["goVersion"] = "go1.23.0",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };

    public static JsonObject ApiVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public static JsonObject Group(string name, IEnumerable<string> versions)
    {
        var list = versions.ToList();
        return new JsonObject
        {
            ["name"] = name,
            ["versions"] = new JsonArray([.. list.Select(v => (JsonNode)new JsonObject { ["groupVersion"] = $"{name}/{v}", ["version"] = v })]),
            ["preferredVersion"] = new JsonObject { ["groupVersion"] = $"{name}/{list[0]}", ["version"] = list[0] },
        };
    }

    public static JsonObject GroupList(IEnumerable<JsonObject> groups) => new()
    {
        ["kind"] = "APIGroupList",
        ["apiVersion"] = "v1",
        ["groups"] = new JsonArray([.. groups]),
    };

    public static JsonObject ResourceList(string groupVersion, IEnumerable<ApiResourceInfo> resources) => new()
    {
        ["kind"] = "APIResourceList",
        ["apiVersion"] = "v1",
        ["groupVersion"] = groupVersion,
        ["resources"] = new JsonArray([.. resources.Select(r => (JsonNode)new JsonObject
        {
            ["name"] = r.Plural,
            ["singularName"] = r.Singular,
            ["namespaced"] = r.Namespaced,
            ["kind"] = r.Kind,
            ["verbs"] = new JsonArray("get", "list", "watch"),
            ["shortNames"] = new JsonArray([.. r.ShortNames.Select(s => (JsonNode)JsonValue.Create(s))]),
        })]),
    };

    /// <summary>An object with its apiVersion and kind at the version asked for (watch events and CR lists carry them).</summary>
    public static JsonObject Typed(JsonObject obj, ApiResourceInfo resource, string version)
    {
        var typed = new JsonObject { ["apiVersion"] = resource.ApiVersion(version), ["kind"] = resource.Kind };
        foreach (var (key, value) in obj)
        {
            if (key is not ("apiVersion" or "kind"))
            {
                typed[key] = value?.DeepClone();
            }
        }

        return typed;
    }

    /// <summary>As in a typed list of a built-in kind: the items carry no apiVersion or kind.</summary>
    public static JsonObject Untyped(JsonObject obj)
    {
        var copy = (JsonObject)obj.DeepClone();
        copy.Remove("apiVersion");
        copy.Remove("kind");
        return copy;
    }

    public static JsonObject PartialObjectMetadata(JsonObject obj) => new()
    {
        ["kind"] = "PartialObjectMetadata",
        ["apiVersion"] = "meta.k8s.io/v1",
        ["metadata"] = obj["metadata"]?.DeepClone(),
    };

    public static JsonObject List(string kind, string apiVersion, long resourceVersion, string? continueToken, IEnumerable<JsonObject> items)
    {
        var metadata = new JsonObject { ["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture) };
        if (continueToken is not null)
        {
            metadata["continue"] = continueToken;
        }

        return new JsonObject { ["kind"] = kind, ["apiVersion"] = apiVersion, ["metadata"] = metadata, ["items"] = new JsonArray([.. items]) };
    }

    /// <summary>The server-side printing kubectl asks for: Name and Age, with each row's object as PartialObjectMetadata.</summary>
    public static JsonObject Table(long resourceVersion, IEnumerable<JsonObject> objects, DateTime now) => new()
    {
        ["kind"] = "Table",
        ["apiVersion"] = "meta.k8s.io/v1",
        ["metadata"] = new JsonObject { ["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture) },
        ["columnDefinitions"] = new JsonArray(
            Column("Name", "string", "name", "Name must be unique within a namespace."),
            Column("Age", "string", "", "CreationTimestamp is a timestamp representing the server time when this object was created.")),
        ["rows"] = new JsonArray([.. objects.Select(o => (JsonNode)new JsonObject
        {
            ["cells"] = new JsonArray(o["metadata"]?["name"]?.DeepClone(), Age(o, now)),
            ["object"] = PartialObjectMetadata(o),
        })]),
    };

    private static JsonObject Column(string name, string type, string format, string description) => new()
    {
        ["name"] = name, ["type"] = type, ["format"] = format, ["description"] = description, ["priority"] = 0,
    };

    private static string Age(JsonObject o, DateTime now)
    {
        var created = DateTime.TryParse(o["metadata"]?["creationTimestamp"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t) ? t : now;
        var age = now - created;
        return age.TotalDays >= 1 ? $"{(int)age.TotalDays}d" : age.TotalHours >= 1 ? $"{(int)age.TotalHours}h" : age.TotalMinutes >= 1 ? $"{(int)age.TotalMinutes}m" : $"{Math.Max(0, (int)age.TotalSeconds)}s";
    }
}
