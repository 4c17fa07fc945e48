using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace WebhookServer.Tests;

/// <summary>AdmissionReview requests as the API server sends them, and posting one to the server.</summary>
public static class AdmissionReviews
{
    public static string Review(string operation, string kind, string resource, string? obj, string? old = null, string? name = null) => $$"""
        {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{
          "uid":"{{Guid.NewGuid()}}","kind":{"group":"metallb.io","version":"v1beta1","kind":"{{kind}}"},
          "resource":{"group":"metallb.io","version":"v1beta1","resource":"{{resource}}"},
          "name":"{{name}}","namespace":"metallb-system","operation":"{{operation}}","userInfo":{"username":"admin"},
          "object":{{obj ?? "null"}},"oldObject":{{old ?? "null"}},"dryRun":false} }
        """;

    public static string Pool(string name, string address) =>
        $$"""{"apiVersion":"metallb.io/v1beta1","kind":"IPAddressPool","metadata":{"name":"{{name}}","namespace":"metallb-system"},"spec":{"addresses":["{{address}}"]} }""";

    /// <summary>Posts <paramref name="review"/> to <c>/validate</c>; returns its <c>response</c>.</summary>
    public static async Task<JsonNode> PostAsync(HttpClient client, string review)
    {
        using var content = new StringContent(review, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/validate", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["response"]!;
    }
}
