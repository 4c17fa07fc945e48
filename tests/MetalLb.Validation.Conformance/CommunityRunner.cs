using System.Globalization;
using MetalLb.Validation.Model.Values;
using YamlDotNet.RepresentationModel;

namespace MetalLb.Validation.Conformance;

/// <summary>
/// Checks our community parser against MetalLB's community test table (metallb-parity/community/cases.yaml):
/// validity and parsed values of every parse case, and the printed form of every string case. Ordering cases
/// (less-than) test how MetalLB sorts communities in its output, which no validation depends on; they are listed as
/// not applicable rather than reimplemented here.
/// </summary>
internal static class CommunityRunner
{
    public static int Run(string corpus, TextWriter output)
    {
        var path = Path.Combine(corpus, "metallb-parity", "community", "cases.yaml");
        if (!File.Exists(path))
        {
            output.WriteLine("community: skipped (cases.yaml not found)");
            return 0;
        }

        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        var cases = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("cases")];
        int agree = 0, disagree = 0, notApplicable = 0;
        foreach (var node in cases.Children.Cast<YamlMappingNode>())
        {
            var kind = Text(node, "kind");
            var desc = Text(node, "desc");
            string result;
            switch (kind)
            {
                case "parse":
                    result = Parse(node);
                    break;
                case "string":
                    var input = Text(node, "input");
                    var ok = CommunityValue.TryParse(input, out var value, out _, out _);

                    // MetalLB prints large communities without their "large:" marker; we keep it so the printed form
                    // is also valid input. Compare the numbers.
                    result = ok && value.ToString().Replace("large:", string.Empty, StringComparison.Ordinal) == Text(node, "expected") ? "agree" : $"DISAGREE: printed {value}";
                    break;
                default:
                    notApplicable++;
                    output.WriteLine($"community {kind,-10} {desc,-60} not applicable (ordering is not a validation behaviour)");
                    continue;
            }

            if (result == "agree")
            {
                agree++;
            }
            else
            {
                disagree++;
            }

            output.WriteLine($"community {kind,-10} {desc,-60} {result}");
        }

        output.WriteLine($"community: {agree + disagree + notApplicable} cases, {agree} agree, {notApplicable} not applicable, {disagree} disagree");
        return disagree;
    }

    private static string Parse(YamlMappingNode node)
    {
        var valid = Text(node, "valid") == "true";
        var ok = CommunityValue.TryParse(Text(node, "input"), out var value, out _, out _);
        if (ok != valid)
        {
            return $"DISAGREE: MetalLB says {(valid ? "valid" : "invalid")}, we say {(ok ? "valid" : "invalid")}";
        }

        if (!valid || !node.Children.TryGetValue(new YamlScalarNode("expected"), out var expectedNode))
        {
            return "agree";
        }

        var expected = (YamlMappingNode)expectedNode;
        var numbers = Text(expected, "type") == "legacy"
            ? (value.Kind == CommunityKind.Legacy, value.Global == Number(expected, "upperVal") && value.Local1 == Number(expected, "lowerVal"))
            : (value.Kind == CommunityKind.Large, value.Global == Number(expected, "globalAdministrator") && value.Local1 == Number(expected, "localDataPart1") && value.Local2 == Number(expected, "localDataPart2"));
        return numbers is (true, true) ? "agree" : $"DISAGREE: parsed {value}";
    }

    private static string Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;

    private static uint Number(YamlMappingNode map, string key) => uint.Parse(Text(map, key), CultureInfo.InvariantCulture);
}
