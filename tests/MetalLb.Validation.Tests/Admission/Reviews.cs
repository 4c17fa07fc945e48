using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MetalLb.Validation.Admission;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Admission;

/// <summary>Builds AdmissionReview documents and MetalLB objects as JSON, and runs a handler over a YAML snapshot.</summary>
internal static class Reviews
{
    public static JsonObject Meta(string name) => new() { ["name"] = name, ["namespace"] = "metallb-system" };

    public static JsonObject Pool(string name, params string[] addresses) => new()
    {
        ["apiVersion"] = "metallb.io/v1beta1",
        ["kind"] = "IPAddressPool",
        ["metadata"] = Meta(name),
        ["spec"] = new JsonObject { ["addresses"] = new JsonArray(addresses.Select(a => (JsonNode)JsonValue.Create(a)).ToArray()) },
    };

    public static JsonObject Object(string kind, string name, JsonObject spec, string apiVersion = "metallb.io/v1beta1") => new()
    {
        ["apiVersion"] = apiVersion,
        ["kind"] = kind,
        ["metadata"] = Meta(name),
        ["spec"] = spec,
    };

    public static string Review(string operation, JsonObject? obj, JsonObject? old = null, string uid = "0b8d6e2a-1111-2222-3333-444455556666")
    {
        var source = obj ?? old;
        var request = new JsonObject
        {
            ["uid"] = uid,
            ["kind"] = new JsonObject { ["group"] = "metallb.io", ["version"] = "v1beta1", ["kind"] = source?["kind"]?.GetValue<string>() },
            ["resource"] = new JsonObject { ["group"] = "metallb.io", ["version"] = "v1beta1", ["resource"] = "things" },
            ["name"] = source?["metadata"]?["name"]?.GetValue<string>(),
            ["namespace"] = "metallb-system",
            ["operation"] = operation,
            ["userInfo"] = new JsonObject { ["username"] = "admin" },
            ["object"] = obj?.DeepClone(),
            ["oldObject"] = old?.DeepClone(),
            ["dryRun"] = false,
        };
        return new JsonObject { ["apiVersion"] = "admission.k8s.io/v1", ["kind"] = "AdmissionReview", ["request"] = request }.ToJsonString();
    }

    public static AdmissionHandler Handler(string clusterYaml, ValidationOptions? options = null) =>
        new(new ConfigurationSetSnapshot(ConfigurationLoader.LoadText(clusterYaml, "cluster.yaml")), options);

    public static AdmissionResponse Send(AdmissionHandler handler, string review)
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(review));
        var result = handler.HandleAsync(body).GetAwaiter().GetResult();
        Assert.Equal("admission.k8s.io/v1", result.ApiVersion);
        Assert.Equal("AdmissionReview", result.Kind);
        var json = AdmissionHandler.Serialize(result);
        using var parsed = JsonDocument.Parse(json);
        Assert.True(parsed.RootElement.TryGetProperty("response", out _), json);
        return result.Response!;
    }
}
