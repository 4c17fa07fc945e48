using FluentValidation;
using FluentValidation.Results;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>
/// A per-object rule whose checks are a FluentValidation validator. Each failure becomes one finding: the failure's
/// property name is the field path (give it with <c>OverridePropertyName("spec.field")</c>), its message the
/// finding's message, and its severity Warning or Info lowers the rule's default (Error keeps the default).
/// </summary>
public abstract class FluentResourceRule<TResource> : ResourceRule<TResource>
    where TResource : KubernetesObject
{
    /// <summary>The validator; built once per rule instance and shared across runs (FluentValidation validators are thread-safe).</summary>
    protected abstract IValidator<TResource> Validator { get; }

    /// <inheritdoc />
    protected sealed override void Check(TResource resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var failure in Validator.Validate(resource).Errors)
        {
            context.Report(resource, PathFor(failure), failure.ErrorMessage, severity: SeverityFor(failure));
        }
    }

    /// <summary>The field path of a failure; by default its property name.</summary>
    protected virtual string PathFor(ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.PropertyName;
    }

    private static Diagnostics.DiagnosticSeverity? SeverityFor(ValidationFailure failure) => failure.Severity switch
    {
        FluentValidation.Severity.Warning => Diagnostics.DiagnosticSeverity.Warning,
        FluentValidation.Severity.Info => Diagnostics.DiagnosticSeverity.Info,
        _ => null,
    };
}
