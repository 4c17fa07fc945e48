using MetalLb.Validation.Rules;

namespace MetalLb.Validation;

/// <summary>What <c>services.AddMetalLbValidation(setup => ...)</c> configures: the options and the rule catalog of the registered validator.</summary>
public sealed class MetalLbValidationSetup
{
    /// <summary>The validation options; change them with <c>setup.Options = setup.Options with { Mode = BackendMode.Frr }</c>. Default <see cref="ValidationOptions.Default"/>.</summary>
    public ValidationOptions Options { get; set; } = ValidationOptions.Default;

    /// <summary>The rules; add your own with <c>setup.Catalog = setup.Catalog.With(myRule)</c>. Default <see cref="RuleCatalog.Default"/>.</summary>
    public RuleCatalog Catalog { get; set; } = RuleCatalog.Default;
}
