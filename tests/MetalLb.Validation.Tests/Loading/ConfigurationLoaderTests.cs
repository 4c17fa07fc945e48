using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Loading;

public class ConfigurationLoaderTests
{
    [Fact]
    public void List_IsUnwrapped()
    {
        var set = ConfigurationLoader.LoadText("""
            apiVersion: v1
            kind: NodeList
            items:
              - {apiVersion: v1, kind: Node, metadata: {name: a, labels: {zone: x}}}
              - {apiVersion: v1, kind: Node, metadata: {name: b}}
            """);

        Assert.Equal(["a", "b"], set.Nodes.Select(n => n.Name));
        Assert.Equal("x", set.Nodes[0].Metadata.Labels["zone"]);
    }

    [Fact]
    public void OtherKinds_AreCountedAndSkipped_NotErrors()
    {
        var set = ConfigurationLoader.LoadText("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: controller}
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: speaker}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: other}
            """);

        Assert.Empty(set.LoadDiagnostics);
        Assert.Equal(2, set.SkippedKinds["Deployment"]);
        Assert.Equal(1, set.SkippedKinds["DaemonSet"]);
    }

    [Fact]
    public void DocumentWithoutKind_IsReported()
    {
        var set = ConfigurationLoader.LoadText("apiVersion: v1\nmetadata: {name: x}\n");

        Assert.Equal("MLB0008", Assert.Single(set.LoadDiagnostics).RuleId);
    }

    [Fact]
    public void ObjectWithoutName_IsModelled_AndTheValidatorReportsItAtItsMapping()
    {
        var yaml = "apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {namespace: metallb-system}\nspec: {addresses: [10.0.0.0/24]}\n";

        Assert.Single(ConfigurationLoader.LoadText(yaml, "pools.yaml").Pools);
        var finding = Assert.Single(Check.Yaml(yaml).For("MLB0006"));
        Assert.Equal(("metadata.name", 1), (finding.Path, finding.Location.Line));
    }

    [Fact]
    public void ObjectWithName_HasNoMissingFieldFinding()
    {
        var set = ConfigurationLoader.LoadText(Check.Pool("a", "10.0.0.0/24"));

        Assert.DoesNotContain(new MetalLbValidator().Validate(set).Diagnostics, d => d.RuleId == "MLB0006");
        Assert.Single(set.Pools);
    }

    [Fact]
    public void EmptyDocuments_AreIgnored()
    {
        var set = ConfigurationLoader.LoadText("---\n---\n# only a comment\n---\n" + Check.Pool("p", "10.0.0.0/24") + "---\n");

        Assert.Empty(set.LoadDiagnostics);
        Assert.Single(set.Objects);
    }

    [Fact]
    public void OnlyEmptyDocuments_AreNothingToValidate()
    {
        var set = ConfigurationLoader.LoadText("---\n---\n# only a comment\n---\n");

        Assert.Equal("MLB0018", Assert.Single(set.LoadDiagnostics).RuleId);
        Assert.Empty(set.Objects);
    }

    [Fact]
    public void RemovedAddressPoolKind_IsReportedAsNotServed()
    {
        var set = ConfigurationLoader.LoadText("apiVersion: metallb.io/v1beta1\nkind: AddressPool\nmetadata: {name: old}\nspec: {protocol: layer2}\n");

        var finding = Assert.Single(set.LoadDiagnostics);
        Assert.Equal("MLB0009", finding.RuleId);
        Assert.Contains("IPAddressPool", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsReportedNotThrown()
    {
        var set = ConfigurationLoader.LoadPaths(["/no/such/file.yaml"]);

        Assert.Equal("MLB0007", Assert.Single(set.LoadDiagnostics).RuleId);
    }

    [Fact]
    public void Directory_IsReadRecursively_OnlyManifestFiles()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            File.WriteAllText(Path.Combine(dir.FullName, "a.yaml"), Check.Pool("a", "10.0.0.0/24"));
            File.WriteAllText(Path.Combine(dir.FullName, "sub", "b.yml"), Check.Pool("b", "10.0.1.0/24"));
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "not yaml: [");

            var set = ConfigurationLoader.LoadPaths([dir.FullName]);

            Assert.Empty(set.LoadDiagnostics);
            Assert.Equal(["a", "b"], set.Pools.Select(p => p.Name));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Secret_KeepsKeyNamesButNeverValues()
    {
        var set = ConfigurationLoader.LoadText("""
            apiVersion: v1
            kind: Secret
            metadata: {name: bgp, namespace: metallb-system}
            type: kubernetes.io/basic-auth
            data:
              password: aHVudGVyMg==
            """);

        var secret = Assert.Single(set.Secrets);
        Assert.Equal(["password"], secret.Keys);
        Assert.DoesNotContain("aHVudGVyMg", secret.ToString(), StringComparison.Ordinal);
    }
}
