using MetalLb.Validation.Loading.Readers;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Cli.Commands;

/// <summary>Rule ids as users write them: any case, checked against the catalog, so a typo is not silently ignored.</summary>
internal static class RuleIds
{
    /// <summary>The catalog's spelling of <paramref name="id"/>; a <see cref="UsageException"/> naming <paramref name="where"/> when no rule has it.</summary>
    public static string Resolve(string id, string where)
    {
        var trimmed = id.Trim();
        if (RuleCatalog.Default.Find(trimmed) is { } rule)
        {
            return rule.Id;
        }

        var closest = FieldNames.Closest(trimmed, RuleCatalog.Default.Descriptors.Select(d => d.Id));
        var hint = closest is null ? "; 'metallb-validate rules' lists them" : $"; did you mean {closest}?";
        throw new UsageException($"{where}: unknown rule id '{trimmed}'{hint}");
    }

    /// <summary>The ids of a repeatable option whose values may also be comma-separated lists.</summary>
    public static IReadOnlyList<string> ResolveList(IEnumerable<string> values, string where) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => Resolve(v, where))
            .ToList();
}
