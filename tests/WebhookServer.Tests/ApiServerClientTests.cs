using WebhookServer.ApiServer;

namespace WebhookServer.Tests;

public sealed class ApiServerClientTests
{
    [Theory]
    [InlineData("https://10.96.0.1", "https://10.96.0.1/api/v1/nodes?resourceVersion=0")]
    [InlineData("https://10.96.0.1:6443/", "https://10.96.0.1:6443/api/v1/nodes?resourceVersion=0")]
    [InlineData("https://rancher.example/k8s/clusters/c-x", "https://rancher.example/k8s/clusters/c-x/api/v1/nodes?resourceVersion=0")]
    [InlineData("https://rancher.example/k8s/clusters/c-x/", "https://rancher.example/k8s/clusters/c-x/api/v1/nodes?resourceVersion=0")]
    public void ListUri_KeepsTheServersPath_AndAsksForTheWatchCache(string server, string expected) =>
        Assert.Equal(expected, ApiServerClient.ListUri(new Uri(server), "/api/v1/nodes").AbsoluteUri);
}
