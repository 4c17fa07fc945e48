using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>Every Community alias by name (alias names are global across Community objects), where it is first defined.</summary>
internal sealed record CommunityAliases(Dictionary<string, (Community Owner, int Index)> First)
{
    /// <summary>The aliases of the set a rule is checking; indexed once per run.</summary>
    public static CommunityAliases For(RuleContext context) => context.Shared(c =>
    {
        var first = new Dictionary<string, (Community, int)>(StringComparer.Ordinal);
        foreach (var community in c.Set.Communities)
        {
            for (var i = 0; i < community.Aliases.Count; i++)
            {
                first.TryAdd(community.Aliases[i].Name ?? string.Empty, (community, i));
            }
        }

        return new CommunityAliases(first);
    });
}
