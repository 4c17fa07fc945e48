using MetalLb.Validation;
using MetalLb.Validation.Admission;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers MetalLB validation in a host's service collection (ASP.NET Core, the generic host).</summary>
public static class MetalLbValidationServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="MetalLbValidator"/> with the options and catalog <paramref name="configure"/> sets
    /// (logging through the host's <see cref="ILoggerFactory"/> when there is one), and a singleton
    /// <see cref="AdmissionHandler"/> over it. The handler needs the cluster's objects: register an
    /// <see cref="IClusterSnapshot"/> too before resolving it. Registrations already present are kept, so a host can
    /// replace either service.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// When the validator is first resolved: the options name a rule id the catalog does not hold (see <see cref="MetalLbValidator"/>).
    /// </exception>
    public static IServiceCollection AddMetalLbValidation(this IServiceCollection services, Action<MetalLbValidationSetup>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var setup = new MetalLbValidationSetup();
        configure?.Invoke(setup);
        var (options, catalog) = (setup.Options, setup.Catalog);
        services.TryAddSingleton(provider => new MetalLbValidator(options, catalog, provider.GetService<ILoggerFactory>()?.CreateLogger<MetalLbValidator>()));
        services.TryAddSingleton(provider => new AdmissionHandler(provider.GetRequiredService<IClusterSnapshot>(), provider.GetRequiredService<MetalLbValidator>()));
        return services;
    }
}
