using System.Runtime.CompilerServices;
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
    private readonly Dictionary<string, RuleDescriptor> _byId = validator.Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
    private readonly ConditionalWeakTable<TResource, Failures> _found = [];

    public override IReadOnlyList<RuleDescriptor> Descriptors => validator.Descriptors;

    internal override bool ComparesWithConfiguration => false;

    internal override void Check(RuleContext context)
    {
        foreach (var resource in context.Input.OfKind<TResource>())
        {
            foreach (var (rule, path, message, severity) in FailuresOf(resource, context.Options))
            {
                context.Report(rule, resource, path, message, severity: severity);
            }
        }
    }

    private IReadOnlyList<(RuleDescriptor Rule, string Path, string Message, DiagnosticSeverity Severity)> FailuresOf(TResource resource, ValidationOptions options)
    {
        if (_found.TryGetValue(resource, out var kept) && ReferenceEquals(kept.Options, options))
        {
            return kept.List;
        }

        var list = validator.Validate(ValidatorOptions.Context(resource, options)).Errors
            .Select(failure => (
                _byId.TryGetValue(failure.ErrorCode, out var known) ? known : throw new InvalidOperationException($"validator of {typeof(TResource).Name} reported '{failure.ErrorCode}', which it does not declare"),
                failure.PropertyName,
                failure.ErrorMessage,
                ValidatorOptions.FromFluent(failure.Severity)))
            .ToList();
        _found.AddOrUpdate(resource, new Failures(options, list));
        return list;
    }

    /// <summary>The failures of one object under one set of options.</summary>
    private sealed record Failures(ValidationOptions Options, IReadOnlyList<(RuleDescriptor Rule, string Path, string Message, DiagnosticSeverity Severity)> List);
}
