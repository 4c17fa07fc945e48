using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace WebhookServer.Tests;

public sealed class WebhookSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Source_InACluster_IsTheApiServer() =>
        Assert.Equal(SnapshotSource.ApiServer, WebhookSettings.SourceOf(Configuration(("KUBERNETES_SERVICE_HOST", "10.96.0.1"))));

    [Fact]
    public void Source_OutsideACluster_IsTheManifestsDirectory() =>
        Assert.Equal(SnapshotSource.ManifestsPath, WebhookSettings.SourceOf(Configuration()));

    [Fact]
    public void Source_Configured_Wins() =>
        Assert.Equal(SnapshotSource.ManifestsPath, WebhookSettings.SourceOf(Configuration(("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("Webhook:Source", "manifestspath"))));

    [Theory]
    [InlineData("informer")]
    [InlineData("1")]
    public void Source_Unknown_IsRefusedAtStartUp(string source)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => WebhookSettings.SourceOf(Configuration(("Webhook:Source", source))));

        Assert.Contains("ApiServer or ManifestsPath", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MetalLbNamespace_WithoutConfiguration_IsTheServiceAccountsNamespace()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "metallb\n");

            Assert.Equal("metallb", WebhookSettings.MetalLbNamespaceOf(Configuration(("Webhook:NamespacePath", file))));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ApiServerSource_WithAMissingKubeconfig_IsRefusedAtStartUp()
    {
        var (certificate, key) = WritePem();
        try
        {
            var failure = Assert.Throws<MetalLb.Validation.Kubernetes.ClusterAccessException>(() => WebhookSettings.FromConfiguration(Configuration(
                ("Webhook:CertificatePath", certificate), ("Webhook:KeyPath", key), ("Webhook:Source", "ApiServer"), ("Webhook:Kubeconfig", "/nonexistent/kubeconfig"))));

            Assert.Contains("/nonexistent/kubeconfig", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(certificate);
            File.Delete(key);
        }
    }

    [Fact]
    public void MetalLbNamespace_IsThePodsNamespace_FromTheDownwardApi() =>
        Assert.Equal("networking", WebhookSettings.MetalLbNamespaceOf(Configuration(("POD_NAMESPACE", "networking"), ("Webhook:NamespacePath", "/nonexistent"))));

    [Fact]
    public void MetalLbNamespace_Configured_WinsOverThePods() =>
        Assert.Equal("lb", WebhookSettings.MetalLbNamespaceOf(Configuration(("POD_NAMESPACE", "networking"), ("Webhook:Namespace", "lb"))));

    [Fact]
    public void MetalLbNamespace_NothingKnown_IsMetalLbSystem() =>
        Assert.Equal("metallb-system", WebhookSettings.MetalLbNamespaceOf(Configuration(("Webhook:NamespacePath", "/nonexistent"))));

    [Fact]
    public void ListenAddress_TimeoutAndSlots_AreRead_FromConfiguration()
    {
        var (certificate, key) = WritePem();
        var manifests = Directory.CreateTempSubdirectory("manifests-").FullName;
        try
        {
            var settings = WebhookSettings.FromConfiguration(Configuration(
                ("Webhook:CertificatePath", certificate), ("Webhook:KeyPath", key), ("Webhook:Source", "ManifestsPath"), ("Webhook:ManifestsPath", manifests),
                ("Webhook:ListenAddress", "127.0.0.1"), ("Webhook:TimeoutSeconds", "5"), ("Webhook:MaxConcurrentValidations", "3")));
            (settings.Snapshot as IDisposable)?.Dispose();

            Assert.Equal("127.0.0.1", settings.ListenAddress);
            Assert.Equal(TimeSpan.FromSeconds(5), settings.Timeout);
            Assert.Equal(3, settings.MaxConcurrentValidations);
            Assert.IsType<Manifests.WatchedManifestsSnapshot>(settings.Snapshot);
        }
        finally
        {
            Directory.Delete(manifests);
            File.Delete(certificate);
            File.Delete(key);
        }
    }

    [Theory]
    [InlineData("Webhook:ListenAddress", "localhost", "must be an IP address")]
    [InlineData("Webhook:TimeoutSeconds", "-1", "must be a positive number")]
    [InlineData("Webhook:MaxConcurrentValidations", "lots", "must be a positive number")]
    public void BadSetting_IsRefusedAtStartUp(string key, string value, string expected)
    {
        var (certificate, keyPath) = WritePem();
        try
        {
            var failure = Assert.Throws<InvalidOperationException>(() => WebhookSettings.FromConfiguration(Configuration(
                ("Webhook:CertificatePath", certificate), ("Webhook:KeyPath", keyPath), ("Webhook:Source", "ManifestsPath"), ("Webhook:ManifestsPath", "/nonexistent"), (key, value))));

            Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(certificate);
            File.Delete(keyPath);
        }
    }

    private static (string Certificate, string Key) WritePem()
    {
        using var certificate = TestCertificates.CreateSelfSigned();
        var certificatePath = Path.GetTempFileName();
        var keyPath = Path.GetTempFileName();
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        using var key = certificate.GetECDsaPrivateKey()!;
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }
}
