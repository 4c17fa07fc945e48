using MetalLb.Validation.Diagnostics;
using Fixture = MetalLb.Validation.Tests.Rules.Yaml;

namespace MetalLb.Validation.Tests.Loading.Inputs;

public class LegacyConfigurationTests
{
    private const string ConfigMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: config
          namespace: metallb-system
        data:
          config: |
            address-pools:
            - name: default
              protocol: layer2
              addresses:
              - 192.168.1.240-192.168.1.250
        ---

        """;

    private const string Speaker = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: speaker
          namespace: metallb-system
        spec:
          template:
            spec:
              containers:
              - name: speaker
                image: quay.io/metallb/speaker:v0.14.8
        ---

        """;

    private const string ConfigInline = "    configInline:\n      address-pools:\n      - name: default\n        protocol: layer2\n        addresses: [192.168.1.240/28]";

    [Fact]
    public void ConfigMap_UnknownRelease_MLB0016_Info_WithTheConverter()
    {
        var finding = Check.Single(ConfigMap, "MLB0016");

        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Contains("quay.io/metallb/configmaptocrs", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigMap_WithA014Speaker_MLB0016_Warning() =>
        Assert.Equal(DiagnosticSeverity.Warning, Check.Single(Speaker + ConfigMap, "MLB0016").Severity);

    [Fact]
    public void OtherConfigMap_Silent() =>
        Check.None("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  config: |\n    log-level: debug\n", "MLB0016");

    [Fact]
    public void ConfigInlineOnChart0139_MLB0016_Error_ChartFailsToRender()
    {
        var finding = Check.Single(GitOps.HelmRelease("metallb-system", "0.13.9", ConfigInline), "MLB0016");

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains("deprecated_configInline.yaml", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertedObjectsInsteadOfConfigInline_Silent_NoError()
    {
        var converted = GitOps.HelmRelease("metallb-system", "0.13.9", "    speaker: {frr: {enabled: false}}")
            + Fixture.Object("IPAddressPool", "default", "addresses: [192.168.1.240/28]")
            + Fixture.Object("L2Advertisement", "l2advertisement1", "ipAddressPools: [default]");

        var report = Check.Yaml(converted);

        Assert.Empty(report.For("MLB0016"));
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void BareLegacyFile_MLB0016() =>
        Assert.Single(new MetalLbValidator().ValidateText("address-pools:\n- name: default\n  protocol: bgp\n  addresses: [10.0.0.0/24]\n", "config.yaml").For("MLB0016"));

    [Fact]
    public void HelmValuesWithConfigInline_MLB0016_NotMLB0008()
    {
        var report = new MetalLbValidator().ValidateText("configInline:\n  peers:\n  - peer-address: 10.0.0.1\n    peer-asn: 64512\n    my-asn: 64512\n", "values.yaml");

        Assert.Single(report.For("MLB0016"));
        Assert.Empty(report.For("MLB0008"));
        Assert.Empty(report.For("MLB0014"));
    }
}
