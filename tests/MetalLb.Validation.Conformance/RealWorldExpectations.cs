using YamlDotNet.RepresentationModel;

namespace MetalLb.Validation.Conformance;

/// <summary>
/// The committed judgments of every error and warning the tool gives on the real-world corpus
/// (realworld-expectations.yaml): per configuration, per finding (rule, file, line), whether it is true and why.
/// </summary>
internal sealed class RealWorldExpectations
{
    private readonly Dictionary<FindingKey, Judgment> _judgments;

    private RealWorldExpectations(Dictionary<FindingKey, Judgment> judgments) => _judgments = judgments;

    public IReadOnlyCollection<FindingKey> Keys => _judgments.Keys;

    public Judgment? Find(FindingKey key) => _judgments.GetValueOrDefault(key);

    public static RealWorldExpectations Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        var judgments = new Dictionary<FindingKey, Judgment>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new RealWorldExpectations(judgments);
        }

        foreach (var (configNode, findingsNode) in root.Children)
        {
            var config = ((YamlScalarNode)configNode).Value!;
            foreach (var item in ((YamlSequenceNode)findingsNode).OfType<YamlMappingNode>())
            {
                string Field(string name) => item.Children.TryGetValue(new YamlScalarNode(name), out var n) ? ((YamlScalarNode)n).Value ?? string.Empty : string.Empty;
                var key = new FindingKey(config, Field("rule"), Field("file"), int.Parse(Field("line"), System.Globalization.CultureInfo.InvariantCulture));
                var verdict = Field("verdict");
                if (verdict is not ("true" or "false") || Field("reason").Length == 0)
                {
                    throw new InvalidDataException($"{key}: every finding needs verdict true|false and a reason");
                }

                if (!judgments.TryAdd(key, new Judgment(verdict == "true", Field("severity"), Field("reason"))))
                {
                    throw new InvalidDataException($"{key} is judged twice");
                }
            }
        }

        return new RealWorldExpectations(judgments);
    }
}

/// <summary>One finding on one real configuration: its rule and where it points, relative to the configuration's directory.</summary>
internal sealed record FindingKey(string Config, string Rule, string File, int Line)
{
    public override string ToString() => $"{Config}/{File}:{Line} {Rule}";
}

/// <summary>Whether a finding is true, at which severity it was judged, and why.</summary>
internal sealed record Judgment(bool IsTrue, string Severity, string Reason);
