using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules.Validators;

/// <summary>Runs a kind's validator on every object of that kind; each failure becomes the finding of the rule its error code names.</summary>
/// <remarks>
/// A validator sees the object and the options alone, and objects never change after loading, so its failures are kept
/// with the object instance for the options they were found with: the webhook validates the snapshot's objects again on
/// every request, and only the object of the request is new.
/// </remarks>
internal sealed class ValidatorRule<TResource>(ResourceValidator<TResource> validator) : Rule
    where TResource : KubernetesObject
{
    private readonly KeptPerObject<TResource, IReadOnlyList<(RuleDescriptor Rule, string Path, string Message, DiagnosticSeverity Severity)>> _failures = new((resource, options) =>
        validator.Validate(ValidatorOptions.Context(resource, options)).Errors
            .Select(failure => (
                validator.Descriptors.FirstOrDefault(d => d.Id == failure.ErrorCode) ?? throw new InvalidOperationException($"validator of {typeof(TResource).Name} reported '{failure.ErrorCode}', which it does not declare"),
                failure.PropertyName,
                failure.ErrorMessage,
                ValidatorOptions.FromFluent(failure.Severity)))
            .ToList());

    public override IReadOnlyList<RuleDescriptor> Descriptors => validator.Descriptors;

    internal override bool ComparesWithConfiguration => false;

    internal override void Check(RuleContext context)
    {
        foreach (var resource in context.Input.OfKind<TResource>())
        {
            foreach (var (rule, path, message, severity) in _failures.For(resource, context.Options))
            {
                context.Report(rule, resource, path, message, severity: severity);
            }
        }
    }
}
