using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Tests.Topology;

public class ClusterModelSelectionTests
{
    private static readonly string[] Keys = ["zone", "rack", "role"];
    private static readonly string[] Values = ["a", "b", "c"];
    private static readonly string[] Operators = ["In", "NotIn", "Exists", "DoesNotExist", "in"];

    /// <summary>The label-indexed selection equals matching every selector against every node.</summary>
    [Property(MaxTest = 300)]
    public Property Selected_EqualsBruteForceMatching()
    {
        var labels = Gen.Elements(Keys).Zip(Gen.Elements(Values)).ListOf().Select(l => (IReadOnlyDictionary<string, string>)l.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2));
        var requirement = Gen.Elements(Keys).Zip(Gen.Elements(Operators)).Zip(Gen.Elements(Values).ListOf())
            .Select(t => new SelectorRequirement(t.Item1.Item1, t.Item1.Item2, t.Item2.ToList(), SourceSpan.None));
        var selector = labels.Zip(requirement.ListOf()).Select(t => new LabelSelector(t.Item1, t.Item2.Take(2).ToList(), SourceSpan.None));
        var nodes = labels.ListOf().Select(l => l.Take(12).ToList());
        var selectors = selector.ListOf().Select(s => (IReadOnlyList<LabelSelector>)s.Take(3).ToList());

        return Prop.ForAll(nodes.ToArbitrary(), selectors.ToArbitrary(), (nodeLabels, list) =>
        {
            var set = new ConfigurationSet(nodeLabels.Select((l, i) => (KubernetesObject)new KubernetesNode
            {
                ApiVersion = "v1",
                Kind = "Node",
                Metadata = new ObjectMeta($"node-{i}", null, l, new Dictionary<string, string>()),
            }));
            var expected = list.Count == 0
                ? set.Nodes.Select(n => n.Name!).ToHashSet()
                : set.Nodes.Where(n => list.Any(s => s.Matches(n.Metadata.Labels))).Select(n => n.Name!).ToHashSet();

            return new ClusterModel(set, ValidationOptions.Default).Selected(list).SetEquals(expected);
        });
    }
}
