using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules.Validators;

/// <summary>Runs a kind's validator on every object of that kind; each failure becomes the finding of the rule its error code names.</summary>
internal sealed class ValidatorRule<TResource>(ResourceValidator<TResource> validator) : Rule
    where TResource : KubernetesObject
{
    private readonly Dictionary<string, RuleDescriptor> _byId = validator.Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public override IReadOnlyList<RuleDescriptor> Descriptors => validator.Descriptors;

    internal override bool ComparesWithConfiguration => false;

    internal override void Check(RuleContext context)
    {
        foreach (var resource in context.Input.OfKind<TResource>())
        {
            foreach (var failure in validator.Validate(ValidatorOptions.Context(resource, context.Options)).Errors)
            {
                var rule = _byId.TryGetValue(failure.ErrorCode, out var known) ? known : throw new InvalidOperationException($"validator of {typeof(TResource).Name} reported '{failure.ErrorCode}', which it does not declare");
                context.Report(rule, resource, failure.PropertyName, failure.ErrorMessage, severity: ValidatorOptions.FromFluent(failure.Severity));
            }
        }
    }
}
