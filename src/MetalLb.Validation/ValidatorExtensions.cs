using FluentValidation;
using FluentValidation.Results;
using MetalLb.Validation.Model;

namespace MetalLb.Validation;

/// <summary>Runs a <see cref="MetalLbValidators"/> validator for a given backend mode and release.</summary>
public static class ValidatorExtensions
{
    /// <summary>Validates <paramref name="resource"/> as a run with <paramref name="options"/> would.</summary>
    public static ValidationResult Validate<T>(this IValidator<T> validator, T resource, ValidationOptions options)
        where T : KubernetesObject
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(options);
        return validator.Validate(Rules.Validators.ValidatorOptions.Context(resource, options));
    }
}
