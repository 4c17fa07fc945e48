using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Loading.Inputs;

public class NonObjectInputTests
{
    private static ValidationReport Validate(string text, string file) => new MetalLbValidator().ValidateText(text, file);

    [Theory]
    [InlineData("kustomization.yaml", "namespace: networking\nresources:\n  - pool.yaml\n", "kustomization")]
    [InlineData("Chart.yaml", "apiVersion: v2\nname: metallb\nversion: 1.0.0\ndependencies:\n  - name: metallb\n    version: 0.14.8\n", "Chart.yaml")]
    [InlineData("values.yaml", "speaker:\n  frr:\n    enabled: true\n", "Helm chart values")]
    [InlineData("fleet.yaml", "defaultNamespace: metallb\nhelm:\n  chart: metallb\n  repo: https://metallb.github.io/metallb\n  version: 0.14.3\n", "Fleet")]
    [InlineData("patch.yaml", "- op: replace\n  path: /spec/channel\n  value: stable\n", "JSON patch")]
    [InlineData("k.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n", "kustomization")]
    public void NotKubernetesYaml_MLB0014_InfoNotError(string file, string text, string named)
    {
        var report = Validate(text, file);

        var finding = Assert.Single(report.For("MLB0014"));
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void SeveralDocumentsOfOneFile_OneInfo() =>
        Assert.Single(Validate("resources: [a.yaml]\n---\nresources: [b.yaml]\n", "kustomization.yaml").For("MLB0014"));

    [Fact]
    public void FleetBundle_GivesMetalLbsNamespace() =>
        Assert.Equal("metallb", Validate("defaultNamespace: metallb\nhelm:\n  chart: metallb\n  version: 0.14.3\n", "fleet.yaml").Namespace!.Name);

    [Fact]
    public void ObjectMissingApiVersionAndKind_MLB0008_StillAnError()
    {
        var report = Validate("metadata:\n  name: public\nspec:\n  addresses: [203.0.113.0/24]\n", "pool.yaml");

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(report.For("MLB0008")).Severity);
        Assert.Empty(report.For("MLB0014"));
    }

    [Fact]
    public void TopLevelListOfObjects_MLB0008_SaysToUseKindList() =>
        Assert.Contains("kind: List", Assert.Single(Validate("- apiVersion: v1\n  kind: Secret\n  metadata: {name: s}\n", "list.yaml").For("MLB0008")).Message, StringComparison.Ordinal);

    [Fact]
    public void SkippedFiles_AreCounted() =>
        Assert.Equal(1, ConfigurationLoader.LoadText("resources: [a.yaml]\n", "kustomization.yaml").Sources.Single().Skipped);

    [Fact]
    public void OperatorResource_MLB0015_NotMLB0009_AndTellsTheBackend()
    {
        var report = Validate("apiVersion: metallb.io/v1beta1\nkind: MetalLB\nmetadata:\n  name: metallb\n  namespace: metallb-system\nspec:\n  bgpBackend: frr-k8s\n", "metallb.yaml");

        Assert.Empty(report.For("MLB0009"));
        Assert.Contains("--mode frr-k8s", Assert.Single(report.For("MLB0015")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownMetalLbKind_MLB0009_StillFires() =>
        Assert.Single(Validate("apiVersion: metallb.io/v1beta1\nkind: AddressPool\nmetadata: {name: a, namespace: metallb-system}\nspec: {}\n", "a.yaml").For("MLB0009"));
}
