using System.Collections.Frozen;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation;

/// <summary>Rule ids as options hold them: immutable copies, compared case-insensitively, checked against a catalog.</summary>
internal static class RuleIds
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    public static FrozenSet<string> Empty { get; } = FrozenSet.ToFrozenSet(Array.Empty<string>(), Comparer);

    public static FrozenDictionary<string, DiagnosticSeverity> NoOverrides { get; } = FrozenDictionary.ToFrozenDictionary(Array.Empty<KeyValuePair<string, DiagnosticSeverity>>(), Comparer);

    public static FrozenSet<string> Freeze(IReadOnlySet<string> ids, string option)
    {
        ArgumentNullException.ThrowIfNull(ids, option);
        return ids is FrozenSet<string> frozen && frozen.Comparer == Comparer ? frozen : ids.ToFrozenSet(Comparer);
    }

    public static FrozenDictionary<string, DiagnosticSeverity> Freeze(IReadOnlyDictionary<string, DiagnosticSeverity> severities, string option)
    {
        ArgumentNullException.ThrowIfNull(severities, option);
        if (severities is FrozenDictionary<string, DiagnosticSeverity> frozen && frozen.Comparer == Comparer)
        {
            return frozen;
        }

        var copy = new Dictionary<string, DiagnosticSeverity>(Comparer);
        foreach (var (id, severity) in severities)
        {
            if (copy.TryGetValue(id, out var other) && other != severity)
            {
                throw new ArgumentException($"{option} gives {id} two severities ({other} and {severity}); rule ids ignore case.", option);
            }

            copy[id] = severity;
        }

        return copy.ToFrozenDictionary(Comparer);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first id the catalog does not know and the closest one it does.</summary>
    public static void Require(IEnumerable<string> ids, string option, RuleCatalog catalog)
    {
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            if (catalog.Find(id) is null)
            {
                // No parameter name: the message is shown as is (the CLI prints it as a usage error).
#pragma warning disable CA2208
                throw new ArgumentException($"unknown rule id '{id}' in {option}; did you mean {Closest(id, catalog)}?");
#pragma warning restore CA2208
            }
        }
    }

    /// <summary>The catalog's id nearest to <paramref name="id"/> by edit distance (ignoring case).</summary>
    public static string Closest(string id, RuleCatalog catalog) =>
        Loading.Readers.FieldNames.Closest(id, catalog.Descriptors.Select(d => d.Id)) ?? string.Empty;
}
