using FluentValidation.Results;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules.Validators;

/// <summary>Where a validator's custom check reports the failures of one rule.</summary>
internal sealed class Failures(Action<ValidationFailure> add, RuleDescriptor rule, ValidationOptions options)
{
    /// <summary>The options the run validates with.</summary>
    public ValidationOptions Options => options;

    /// <summary>Adds a failure at <paramref name="path"/>, with the rule's severity unless <paramref name="severity"/> is given.</summary>
    public void Add(string path, string message, DiagnosticSeverity? severity = null) =>
        add(new ValidationFailure(path, message)
        {
            ErrorCode = rule.Id,
            Severity = ValidatorOptions.ToFluent(severity ?? rule.DefaultSeverity),
        });
}
