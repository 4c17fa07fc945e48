using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules.Validators;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>A Community on its own: each alias's value (MLB0600) and a name that reads as another value (MLB0602).</summary>
internal sealed class CommunityValidator : ResourceValidator<Community>
{
    public CommunityValidator()
    {
        Check(MetalLbRules.CommunityAliasValueInvalid, (community, failures) =>
        {
            for (var i = 0; i < community.Aliases.Count; i++)
            {
                var (name, text) = (community.Aliases[i].Name, community.Aliases[i].Value ?? string.Empty);
                if (!CommunityValue.TryParse(text, out _, out var problem, out var section))
                {
                    failures.Add($"spec.communities[{i}].value", $"alias \"{name}\": {CommunityValue.Explain(text, problem, section)}");
                }
            }
        });
        Check(MetalLbRules.CommunityAliasShadowsLiteral, (community, failures) =>
        {
            for (var i = 0; i < community.Aliases.Count; i++)
            {
                var alias = community.Aliases[i];
                if (CommunityValue.TryParse(alias.Name, out var named, out _, out _) && CommunityValue.TryParse(alias.Value, out var actual, out _, out _) && named != actual)
                {
                    failures.Add($"spec.communities[{i}].name", $"alias \"{alias.Name}\" stands for {actual}; MetalLB looks aliases up before parsing literals, so a BGPAdvertisement writing \"{alias.Name}\" announces {actual}, not {named}. Give the alias a descriptive name");
                }
            }
        });
    }
}
