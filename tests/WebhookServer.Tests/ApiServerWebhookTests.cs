using System.Net;
using static WebhookServer.Tests.AdmissionReviews;

namespace WebhookServer.Tests;

/// <summary>The webhook server validating against a cluster listed from the API server stand-in.</summary>
public sealed class ApiServerWebhookTests : IAsyncLifetime
{
    private ApiServerTestBed _bed = null!;
    private WebhookServer.ApiServer.ApiServerClusterSnapshot _snapshot = null!;
    private WebhookHost _webhook = null!;

    public async Task InitializeAsync()
    {
        _bed = await ApiServerTestBed.StartAsync();
        _snapshot = _bed.CreateSnapshot();
        _webhook = await WebhookHost.StartAsync(_snapshot);
    }

    public async Task DisposeAsync()
    {
        await _webhook.DisposeAsync();
        _snapshot.Dispose();
        await _bed.DisposeAsync();
    }

    [Fact]
    public async Task Create_OfAPoolOverlappingAListedPool_IsDenied()
    {
        var response = await PostAsync(_webhook.Client, Review("CREATE", "IPAddressPool", "ipaddresspools", Pool("public-extra", "203.0.113.64/26")));

        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Equal(422, response["status"]!["code"]!.GetValue<int>());
        Assert.Contains("MLB0104", response["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OfAPoolClearOfTheListedPools_IsAllowed()
    {
        var response = await PostAsync(_webhook.Client, Review("CREATE", "IPAddressPool", "ipaddresspools", Pool("lab", "198.51.100.0/28")));

        Assert.True(response["allowed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Delete_OfAListedBfdProfileUsedByAListedPeer_IsDenied()
    {
        var profile = """{"apiVersion":"metallb.io/v1beta1","kind":"BFDProfile","metadata":{"name":"fast","namespace":"metallb-system"}}""";

        var response = await PostAsync(_webhook.Client, Review("DELETE", "BFDProfile", "bfdprofiles", null, profile, name: "fast"));

        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Contains("MLB1210", response["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ByNameOnly_FindsTheListedObject()
    {
        var response = await PostAsync(_webhook.Client, Review("DELETE", "BFDProfile", "bfdprofiles", null, name: "fast"));

        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Contains("MLB1210", response["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_OfAListedSecretNamedByAListedPeer_IsDenied()
    {
        var secret = """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"tor-password","namespace":"metallb-system"},"type":"kubernetes.io/basic-auth"}""";

        var response = await PostAsync(_webhook.Client, Review("DELETE", "Secret", "secrets", null, secret, name: "tor-password"));

        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Contains("MLB1212", response["status"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiServerFailing_IsADenialWithAPlainMessage()
    {
        _bed.Server.FailWith = HttpStatusCode.InternalServerError;

        var response = await PostAsync(_webhook.Client, Review("CREATE", "IPAddressPool", "ipaddresspools", Pool("lab", "198.51.100.0/28")));

        Assert.False(response["allowed"]!.GetValue<bool>());
        Assert.Equal(503, response["status"]!["code"]!.GetValue<int>());
        var message = response["status"]!["message"]!.GetValue<string>();
        Assert.Contains("Kubernetes API server", message, StringComparison.Ordinal);
        Assert.Contains("500", message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\n\s+at ", message);
        Assert.DoesNotContain(CannedCluster.SecretValue, message, StringComparison.Ordinal);
    }
}
