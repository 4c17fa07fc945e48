using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules.Input;
using MetalLb.Validation.Rules.Nodes;
using MetalLb.Validation.Rules.Preflight;

namespace MetalLb.Validation.Rules;

/// <summary>The rules a validator runs. <see cref="Default"/> holds every rule of this library, ordered by id.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> _byId;

    /// <summary>Creates a catalog of the given rules.</summary>
    public RuleCatalog(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToImmutableArray();
        Descriptors = InputRules.All.Concat(PreflightRules.All).Concat(NodeRunRules.All).Concat(Rules.Select(r => r.Descriptor)).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        _byId = new Dictionary<string, RuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in Descriptors)
        {
            if (!_byId.TryAdd(descriptor.Id, descriptor))
            {
                throw new ArgumentException($"Rule id {descriptor.Id} is used twice.", nameof(rules));
            }
        }
    }

    /// <summary>Every rule in this library.</summary>
    public static RuleCatalog Default { get; } = new(BuiltInRules.Create());

    /// <summary>The rules, by id.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Descriptors of the rules, of the loader's findings and of the preflight's outcomes, by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The descriptor with this id (ignoring case), or null.</summary>
    public RuleDescriptor? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>A catalog with <paramref name="more"/> rules added (your own checks, say).</summary>
    public RuleCatalog With(params Rule[] more) => new(Rules.Concat(more));

    /// <summary>
    /// Every concrete <see cref="Rule"/> with a public parameterless constructor in <paramref name="assembly"/>: for
    /// catalogs of your own rules. Reflection: a trimmed or NativeAOT application must list its rules instead.
    /// </summary>
    [RequiresUnreferencedCode("Finds rule types by reflection; trimming may remove them. Pass the rules to the constructor instead.")]
    public static IEnumerable<Rule> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Rule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!);
    }
}
