using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Rules.Communities;

/// <summary>Every Community alias by name (alias names are global across Community objects); the first definition wins.</summary>
internal sealed class CommunityAliasIndex
{
    private readonly Dictionary<string, (Community Owner, int Index)> _first = new(StringComparer.Ordinal);

    /// <summary>Indexes the aliases of <paramref name="set"/>.</summary>
    public CommunityAliasIndex(ConfigurationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        foreach (var community in set.Communities)
        {
            for (var i = 0; i < community.Aliases.Count; i++)
            {
                _first.TryAdd(community.Aliases[i].Name ?? string.Empty, (community, i));
            }
        }
    }

    /// <summary>True when any alias exists.</summary>
    public bool IsEmpty => _first.Count == 0;

    /// <summary>True when <paramref name="name"/> is an alias.</summary>
    public bool Contains(string name) => _first.ContainsKey(name);

    /// <summary>Where <paramref name="name"/> was first defined.</summary>
    public bool TryGetFirst(string name, out Community owner, out int index)
    {
        var found = _first.TryGetValue(name, out var hit);
        (owner, index) = (hit.Owner, hit.Index);
        return found;
    }

    /// <summary>The shared index of the current run.</summary>
    public static CommunityAliasIndex For(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Shared(c => new CommunityAliasIndex(c.Set));
    }
}
