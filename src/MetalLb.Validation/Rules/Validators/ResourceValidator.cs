using System.Linq.Expressions;
using FluentValidation;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules.Validators;

/// <summary>
/// The field rules of one kind as a FluentValidation validator: each failure's error code is a rule id, its property
/// name the manifest path (<c>spec.peerPort</c>), its severity the rule's. A rule that applies to some backend modes or
/// releases only is checked against the options the run passes (<see cref="ValidatorOptions"/>); called on its own,
/// a validator checks as <see cref="ValidationOptions.Default"/> says.
/// </summary>
internal abstract class ResourceValidator<TResource> : AbstractValidator<TResource>
    where TResource : KubernetesObject
{
    private readonly List<RuleDescriptor> _descriptors = [];

    /// <summary>The rules this validator reports.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors => _descriptors;

    /// <summary>
    /// The rule <paramref name="rule"/> on one field: <paramref name="constraint"/> (one FluentValidation validator)
    /// fails with the rule's id and severity at <paramref name="path"/>, only where the rule applies.
    /// </summary>
    protected IRuleBuilderOptions<TResource, TProperty> Rule<TProperty>(RuleDescriptor rule, Expression<Func<TResource, TProperty>> field, string path, Func<IRuleBuilderInitial<TResource, TProperty>, IRuleBuilderOptions<TResource, TProperty>> constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        Reports(rule);
        return constraint(RuleFor(field))
            .WithErrorCode(rule.Id)
            .WithSeverity(ValidatorOptions.ToFluent(rule.DefaultSeverity))
            .When((_, context) => ValidatorOptions.Applies(rule, context), ApplyConditionTo.CurrentValidator)
            .OverridePropertyName(path);
    }

    /// <summary>
    /// A check that needs more than one field or a message built from several values: <paramref name="check"/>
    /// reports through the <see cref="Failures"/> it is given, each failure at its own path.
    /// </summary>
    protected void Check(RuleDescriptor rule, Action<TResource, Failures> check)
    {
        Reports(rule);
        RuleFor(r => r).Custom((resource, context) =>
        {
            if (ValidatorOptions.Applies(rule, context))
            {
                check(resource, new Failures(context.AddFailure, rule, ValidatorOptions.Of(context)));
            }
        });
    }

    private void Reports(RuleDescriptor rule)
    {
        if (!_descriptors.Contains(rule))
        {
            _descriptors.Add(rule);
        }
    }
}
