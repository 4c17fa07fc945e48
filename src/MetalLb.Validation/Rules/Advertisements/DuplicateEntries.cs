using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules.Advertisements;

/// <summary>Reports repeated strings in a list field, once per repeat, at the repeat.</summary>
internal static class DuplicateEntries
{
    public static void Report(RuleContext context, KubernetesObject resource, IReadOnlyList<string> values, string field, string advice)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (!first.TryAdd(values[i], i))
            {
                context.Report(resource, $"spec.{field}[{i}]", $"\"{values[i]}\" is listed twice in spec.{field} (first at index {first[values[i]]}); MetalLB rejects the configuration. {advice}");
            }
        }
    }
}
