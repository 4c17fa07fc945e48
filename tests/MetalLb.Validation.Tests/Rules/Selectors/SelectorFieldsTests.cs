using MetalLb.Validation.Loading;
using MetalLb.Validation.Rules.Selectors;

namespace MetalLb.Validation.Tests.Rules.Selectors;

public class SelectorFieldsTests
{
    private const string Yaml = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool}
        spec:
          addresses: [10.0.0.0/24]
          serviceAllocation:
            namespaceSelectors: [{matchLabels: {a: b}}]
        ---
        apiVersion: metallb.io/v1beta1
        kind: L2Advertisement
        metadata: {name: l2}
        spec:
          nodeSelectors: [{}]
          preferredNodeSelectors:
          - weight: 1
            preference: {matchLabels: {a: b}}
          - weight: 2
            preference: {}
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata: {name: bgp}
        spec: {}
        """;

    [Fact]
    public void In_ListsEveryFieldWithItsPath()
    {
        var fields = SelectorFields.In(ConfigurationLoader.LoadText(Yaml)).Select(f => f.Path).ToList();

        Assert.Equal(
        [
            "spec.serviceAllocation.namespaceSelectors", "spec.serviceAllocation.serviceSelectors",
            "spec.ipAddressPoolSelectors", "spec.nodeSelectors", "spec.serviceSelectors",
            "spec.preferredNodeSelectors[0].preference", "spec.preferredNodeSelectors[1].preference",
            "spec.ipAddressPoolSelectors", "spec.nodeSelectors", "spec.serviceSelectors",
        ], fields);
    }

    [Fact]
    public void PathOf_IndexesListsButNotSingleSelectors()
    {
        var fields = SelectorFields.In(ConfigurationLoader.LoadText(Yaml)).ToList();

        Assert.Equal("spec.nodeSelectors[0]", fields.Single(f => f.Owner.Kind == "L2Advertisement" && f.Name == "nodeSelectors").PathOf(0));
        Assert.Equal("spec.preferredNodeSelectors[1].preference", fields.Single(f => f.Path.EndsWith("[1].preference", StringComparison.Ordinal)).PathOf(0));
    }

    [Fact]
    public void ListDuplicates_GivesEachRepeatWithItsFirstIndex() =>
        Assert.Equal([(2, 0), (3, 1), (4, 0)], ListDuplicates.In(["a", "b", "a", "b", "a", "A"]));
}
