using System.Text.RegularExpressions;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Rules;

/// <summary>The "Example that fires" of each advertisement, BFD-echo, mode and namespace rule page really fires it.</summary>
public partial class CrossObjectDocExampleTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in RuleCatalog.Default.Descriptors.Select(d => d.Id).Where(InScope))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Example_FiresItsRule(string id)
    {
        var rule = RuleCatalog.Default.Find(id)!;
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, rule.HelpPath));
        var example = YamlBlock().Match(page).Groups[1].Value;
        var mode = (rule.Modes & BackendModes.FrrK8s) != 0 ? BackendMode.FrrK8s : (rule.Modes & BackendModes.Frr) != 0 ? BackendMode.Frr : BackendMode.Native;
        var options = new ValidationOptions { Mode = mode, MetalLbVersion = rule.AppliesTo.Through ?? MetalLbRelease.Newest };

        Assert.NotEmpty(Check.Findings(example, id, options));
    }

    // MLB0402 is about preferredNodeSelectors, which no release up to 0.16.1 has (CrdFields): its example cannot fire.
    private static bool InScope(string id) =>
        id != "MLB0402" && (id.StartsWith("MLB03", StringComparison.Ordinal) || id.StartsWith("MLB04", StringComparison.Ordinal) || id == "MLB0550"
        || id.StartsWith("MLB08", StringComparison.Ordinal) || id.StartsWith("MLB120", StringComparison.Ordinal));

    [GeneratedRegex("## Example that fires\\s+```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
