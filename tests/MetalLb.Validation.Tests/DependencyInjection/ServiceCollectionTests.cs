using MetalLb.Validation.Admission;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Rules;
using MetalLb.Validation.Tests.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetalLb.Validation.Tests.DependencyInjection;

public sealed class ServiceCollectionTests
{
    [Fact]
    public void AddMetalLbValidation_RegistersOneValidator_WithTheOptionsAndCatalogConfigured()
    {
        var extra = Rule.ForSet(new RuleDescriptor("MLB9990", "custom", RuleCategory.Pools, DiagnosticSeverity.Info), _ => { });
        using var provider = new ServiceCollection()
            .AddMetalLbValidation(setup =>
            {
                setup.Options = setup.Options with { Mode = BackendMode.Native };
                setup.Catalog = setup.Catalog.With(extra);
            })
            .BuildServiceProvider();

        var validator = provider.GetRequiredService<MetalLbValidator>();

        Assert.Same(validator, provider.GetRequiredService<MetalLbValidator>());
        Assert.Equal(BackendMode.Native, validator.Options.Mode);
        Assert.Contains(extra, validator.Catalog.Rules);
    }

    [Fact]
    public void AddMetalLbValidation_WithoutConfiguration_UsesTheDefaults_AndLogsThroughTheHostsLoggerFactory()
    {
        var logging = new RecordingLogger();
        using var provider = new ServiceCollection().AddSingleton<ILoggerFactory>(logging).AddMetalLbValidation().BuildServiceProvider();

        var validator = provider.GetRequiredService<MetalLbValidator>();
        validator.ValidateText(Check.Pool("a", "10.0.0.0/24"));

        Assert.Same(ValidationOptions.Default, validator.Options);
        Assert.Same(RuleCatalog.Default, validator.Catalog);
        Assert.Contains(logging.Entries, e => e.Level == LogLevel.Debug && e.Text.StartsWith("Validated 1 MetalLB object(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void AddMetalLbValidation_KeepsAValidatorTheHostRegistered()
    {
        var own = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr });
        using var provider = new ServiceCollection().AddSingleton(own).AddMetalLbValidation().BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<MetalLbValidator>());
    }

    [Fact]
    public async Task AdmissionHandler_ResolvesOverTheHostsSnapshot_AndAnswersAReview()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IClusterSnapshot>(new FixedSnapshot(MetalLb.Validation.Loading.ConfigurationLoader.LoadText(Check.Pool("existing", "10.0.0.0/24")).Objects))
            .AddMetalLbValidation()
            .BuildServiceProvider();

        var handler = provider.GetRequiredService<AdmissionHandler>();
        using var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""
            {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u1",
             "kind":{"group":"metallb.io","version":"v1beta1","kind":"IPAddressPool"},"resource":{"group":"metallb.io","version":"v1beta1","resource":"ipaddresspools"},
             "name":"new","namespace":"metallb-system","operation":"CREATE",
             "object":{"apiVersion":"metallb.io/v1beta1","kind":"IPAddressPool","metadata":{"name":"new","namespace":"metallb-system"},"spec":{"addresses":["10.0.0.128/25"]}}}}
            """));
        var review = await handler.HandleAsync(body);

        Assert.False(review.Response!.Allowed);
        Assert.Contains("MLB0104", review.Response.Status!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdmissionHandler_WithoutASnapshot_SaysWhatIsMissing()
    {
        using var provider = new ServiceCollection().AddMetalLbValidation().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<AdmissionHandler>);
        Assert.Contains(nameof(IClusterSnapshot), error.Message, StringComparison.Ordinal);
    }

    private sealed class FixedSnapshot(IReadOnlyList<KubernetesObject> objects) : IClusterSnapshot
    {
        public ValueTask<IReadOnlyList<KubernetesObject>> GetObjectsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(objects);
    }
}
