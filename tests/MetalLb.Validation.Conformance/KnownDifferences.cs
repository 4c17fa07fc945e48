using YamlDotNet.RepresentationModel;

namespace MetalLb.Validation.Conformance;

/// <summary>
/// The committed allowlist (known-differences.yaml): <c>parity:</c> cases and <c>samples:</c> files where we
/// deliberately disagree with MetalLB, each with a one-line reason and the rule ids that may cause it.
/// </summary>
internal sealed class KnownDifferences
{
    private KnownDifferences(IReadOnlyDictionary<string, KnownDifference> parity, IReadOnlyDictionary<string, KnownDifference> samples)
    {
        Parity = parity;
        Samples = samples;
    }

    public IReadOnlyDictionary<string, KnownDifference> Parity { get; }

    public IReadOnlyDictionary<string, KnownDifference> Samples { get; }

    public static KnownDifferences Read(string? path)
    {
        var stream = new YamlStream();
        if (path is not null && File.Exists(path))
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }

        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        return new KnownDifferences(Section(root, "parity", "case"), Section(root, "samples", "file"));
    }

    private static Dictionary<string, KnownDifference> Section(YamlMappingNode? root, string name, string key)
    {
        var result = new Dictionary<string, KnownDifference>(StringComparer.Ordinal);
        if (root is null || !root.Children.TryGetValue(new YamlScalarNode(name), out var list) || list is not YamlSequenceNode items)
        {
            return result;
        }

        foreach (var item in items.OfType<YamlMappingNode>())
        {
            string Scalar(string field) => item.Children.TryGetValue(new YamlScalarNode(field), out var node) ? (node as YamlScalarNode)?.Value ?? string.Empty : string.Empty;
            var rules = item.Children.TryGetValue(new YamlScalarNode("rules"), out var ruleNode) && ruleNode is YamlSequenceNode ruleList
                ? ruleList.OfType<YamlScalarNode>().Select(r => r.Value ?? string.Empty).ToHashSet(StringComparer.Ordinal)
                : [];
            var id = Scalar(key);
            var reason = Scalar("reason");
            if (id.Length == 0 || reason.Length == 0)
            {
                throw new InvalidDataException($"every {name} entry needs '{key}' and a non-empty 'reason'");
            }

            result[id] = new KnownDifference(id, reason, rules);
        }

        return result;
    }
}
