using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace WebhookServer.Tests;

public class ValidateEndpointTests(WebhookServerFixture server) : IClassFixture<WebhookServerFixture>
{
    private static string Review(string operation, string? obj, string? old = null, string uid = "7f0c1d2e-aaaa-bbbb-cccc-0123456789ab") => $$$"""
        {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{
          "uid":"{{{uid}}}","kind":{"group":"metallb.io","version":"v1beta1","kind":"IPAddressPool"},
          "resource":{"group":"metallb.io","version":"v1beta1","resource":"ipaddresspools"},
          "namespace":"metallb-system","operation":"{{{operation}}}","userInfo":{"username":"admin"},
          "object":{{{obj ?? "null"}}},"oldObject":{{{old ?? "null"}}},"dryRun":false}}
        """;

    private static string Pool(string name, string address) =>
        $$$"""{"apiVersion":"metallb.io/v1beta1","kind":"IPAddressPool","metadata":{"name":"{{{name}}}","namespace":"metallb-system"},"spec":{"addresses":["{{{address}}}"]}}""";

    private async Task<JsonNode> Post(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(new Uri("/validate", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("admission.k8s.io/v1", json["apiVersion"]!.GetValue<string>());
        Assert.Equal("AdmissionReview", json["kind"]!.GetValue<string>());
        return json["response"]!;
    }

    [Fact]
    public async Task Allow_ACleanPool()
    {
        var response = await Post(Review("CREATE", Pool("office", "192.168.60.0/28"), uid: "allow-1"));

        Assert.True(response["allowed"]!.GetValue<bool>());
        Assert.Equal("allow-1", response["uid"]!.GetValue<string>());
        Assert.Equal("https", server.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
    }

    [Fact]
    public async Task Deny_AnOverlappingPool_With422()
    {
        var response = await Post(Review("CREATE", Pool("public-extra", "203.0.113.64/26")));

        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Equal(422, response["status"]!["code"]!.GetValue<int>());
        Assert.Contains("MLB0104", response["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warn_OnHostBits_ButAllow()
    {
        var response = await Post(Review("CREATE", Pool("office", "192.168.60.5/28")));

        Assert.True(response["allowed"]!.GetValue<bool>());
        Assert.StartsWith("MLB0107", response["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deny_DeletingABfdProfileInUse()
    {
        var profile = """{"apiVersion":"metallb.io/v1beta1","kind":"BFDProfile","metadata":{"name":"fast","namespace":"metallb-system"}}""";

        var response = await Post(Review("DELETE", null, profile));

        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Contains("MLB1210", response["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":")]
    [InlineData("{\"apiVersion\":\"admission.k8s.io/v1beta1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\"}}")]
    [InlineData("")]
    public async Task Malformed_Gets400InTheReview_NotAServerError(string body)
    {
        var response = await Post(body);

        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Equal(400, response["status"]!["code"]!.GetValue<int>());
        Assert.DoesNotMatch(@"\n\s+at ", response["status"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Healthz_Answers()
    {
        Assert.Equal("ok", await server.Client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
    }
}
