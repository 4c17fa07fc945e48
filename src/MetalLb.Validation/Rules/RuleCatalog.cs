using System.Collections.Immutable;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules;

/// <summary>The checks a validator runs. <see cref="Default"/> holds every check of this library.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> _byId;

    /// <summary>Creates a catalog of the given checks.</summary>
    /// <exception cref="ArgumentException">Two different descriptors share an id.</exception>
    public RuleCatalog(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        _byId = new Dictionary<string, RuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in MetalLbRules.Outcomes.Concat(Rules.SelectMany(r => r.Descriptors)))
        {
            if (_byId.TryGetValue(descriptor.Id, out var known) && !ReferenceEquals(known, descriptor))
            {
                throw new ArgumentException($"Rule id {descriptor.Id} is used by two descriptors.", nameof(rules));
            }

            _byId[descriptor.Id] = descriptor;
        }

        Descriptors = [.. _byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every check in this library, listed (no reflection), so trimmed and NativeAOT applications keep them.</summary>
    public static RuleCatalog Default { get; } = new(BuiltInRules.All);

    /// <summary>The checks, in the order they run.</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>Descriptors of the checks, of the loader's findings and of the preflight's outcomes, ordered by id.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors { get; }

    /// <summary>The descriptor with this id (ignoring case), or null.</summary>
    public RuleDescriptor? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>A catalog with <paramref name="more"/> checks added (your own, say).</summary>
    public RuleCatalog With(params Rule[] more) => new(Rules.Concat(more));
}
