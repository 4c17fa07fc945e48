using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Loading.Readers;

public class NodeInventoryReaderTests
{
    private const string Inventory = """
        apiVersion: metallb-validate.io/v1alpha1
        kind: NodeInventory
        metadata:
          name: lab
        spec:
          nodes:
            - name: worker-1
              labels:
                rack: a
              interfaces:
                - name: lo
                  addresses: [10.255.0.1/32]
                - name: eth0
                  addresses: [10.0.0.11/24, "2001:db8::11/64"]
            - name: worker-2
              labels:
                rack: a
        """;

    [Fact]
    public void Inventory_GivesNodesWithLabelsAndInterfaces()
    {
        var set = ConfigurationLoader.LoadText(Inventory);

        Assert.Empty(set.LoadDiagnostics);
        Assert.Equal(["worker-1", "worker-2"], set.Nodes.Select(n => n.Name));
        Assert.Equal("worker-1", set.Nodes[0].Metadata.Labels["kubernetes.io/hostname"]);
        Assert.Equal("a", set.Nodes[1].Metadata.Labels["rack"]);
        var state = Assert.Single(set.NetworkStates);
        Assert.Equal("NodeInventory", state.Origin);
        Assert.Equal(["10.0.0.11/24", "2001:db8::11/64"], state.Interfaces[1].Addresses.Select(a => a.ToString()));
        Assert.Equal(12, state.Interfaces[0].Addresses[0].Location.Line);
    }

    [Theory]
    [InlineData("addresses: [10.0.0.300/24]", "MLB0004")]
    [InlineData("adresses: [10.0.0.3/24]", "MLB0005")]
    public void Mistakes_AreFindings(string line, string ruleId)
    {
        var yaml = $"apiVersion: metallb-validate.io/v1alpha1\nkind: NodeInventory\nspec:\n  nodes:\n  - name: w\n    interfaces:\n    - name: eth0\n      {line}\n";

        Assert.Contains(ConfigurationLoader.LoadText(yaml).LoadDiagnostics, d => d.RuleId == ruleId);
    }

    [Fact]
    public void WrongVersion_IsAFinding() =>
        Assert.Contains(ConfigurationLoader.LoadText("apiVersion: metallb-validate.io/v2\nkind: NodeInventory\nspec: {nodes: []}").LoadDiagnostics, d => d.RuleId == "MLB0009");

    [Fact]
    public void BundledSample_ReadsCleanly()
    {
        var set = ConfigurationLoader.LoadPaths([Path.Combine(RepositoryRoot.Path, "samples", "inventory")]);

        Assert.Empty(set.LoadDiagnostics);
        Assert.NotEmpty(set.NetworkStates);
    }

    [Theory]
    [InlineData("spec: {}", "spec.nodes")]
    [InlineData("spec:\n  node: []", "spec.nodes")]
    [InlineData("spec:\n  nodes:\n    - labels: {rack: a}", "spec.nodes[0].name")]
    public void MissingRequiredField_IsMLB0006WithItsPath(string spec, string path)
    {
        var set = ConfigurationLoader.LoadText($"apiVersion: metallb-validate.io/v1alpha1\nkind: NodeInventory\nmetadata:\n  name: lab\n{spec}\n");

        var finding = Assert.Single(set.LoadDiagnostics, d => d.RuleId == "MLB0006");
        Assert.Equal(path, finding.Path);
        Assert.True(finding.Location.Line >= 4);
    }
}
