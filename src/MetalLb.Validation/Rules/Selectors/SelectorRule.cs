using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules.Selectors;

/// <summary>A rule run over every label-selector field of every object (see <see cref="SelectorFields"/>).</summary>
internal abstract class SelectorRule : SingleRule
{
    /// <inheritdoc />
    internal override bool ComparesWithConfiguration => false;

    /// <inheritdoc />
    public sealed override void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var field in SelectorFields.In(context.Input))
        {
            CheckField(field, context);
        }
    }

    /// <summary>Checks one field; by default each of its selectors in turn.</summary>
    protected virtual void CheckField(SelectorField field, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        for (var i = 0; i < field.Selectors.Count; i++)
        {
            CheckSelector(field, field.PathOf(i), field.Selectors[i], context);
        }
    }

    /// <summary>Checks one selector at <paramref name="path"/>; by default each of its match expressions in turn.</summary>
    protected virtual void CheckSelector(SelectorField field, string path, LabelSelector selector, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(selector);
        for (var j = 0; j < selector.MatchExpressions.Count; j++)
        {
            CheckExpression(field, $"{path}.matchExpressions[{j}]", selector.MatchExpressions[j], context);
        }
    }

    /// <summary>Checks one match expression at <paramref name="path"/>.</summary>
    protected virtual void CheckExpression(SelectorField field, string path, SelectorRequirement expression, RuleContext context)
    {
    }
}
