using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules;

/// <summary>A rule that can check one object on its own; <see cref="ResourceRule{TResource}"/> is one.</summary>
internal interface ISingleResourceRule
{
    void CheckOne(KubernetesObject resource, RuleContext context);
}
