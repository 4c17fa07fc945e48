using MetalLb.Validation.Diagnostics;
using static MetalLb.Validation.Tests.Rules.Yaml;

namespace MetalLb.Validation.Tests.Loading.Inputs;

/// <summary>
/// A Flux ${VAR} is replaced by kustomize-controller's postBuild substitution before the object reaches the cluster:
/// no finding may rest on the text here. One MLB0013 info per field, and every other rule reads the value as unknown.
/// </summary>
public class PlaceholderDownstreamTests
{
    private static readonly ValidationOptions Frr = new() { Mode = BackendMode.Frr };

    // A Flux homelab's cluster-settings substitutions, as in the real-world corpus (pool range, router address and ASNs).
    private static string Homelab(string range, string router, string routerAsn, string localAsn) =>
        Object("IPAddressPool", "bgp", $"addresses: [\"{range}\"]")
        + Object("BGPPeer", "router", $"myASN: {localAsn}\npeerASN: {routerAsn}\npeerAddress: \"{router}\"", "metallb.io/v1beta2")
        + Object("BGPPeer", "backup", "myASN: 64512\npeerASN: 64513\npeerAddress: 192.168.8.2", "metallb.io/v1beta2")
        + BgpAd("bgp", "ipAddressPools: [bgp]")
        + Node("n1") + Node("n2");

    [Fact]
    public void Homelab_WithVariables_OneInfoPerField_NothingElse()
    {
        var report = Check.Yaml(Homelab("${METALLB_LB_RANGE}", "${ROUTER_IP}", "${ROUTER_ASN}", "${LOCAL_ASN}"), Frr);

        var infos = report.For("MLB0013").ToList();
        Assert.Equal(4, infos.Count);
        Assert.Equal(infos.Count, infos.Select(i => (i.Resource, i.Path)).Distinct().Count());
        Assert.All(report.Diagnostics, d => Assert.Equal("MLB0013", d.RuleId));
    }

    [Fact]
    public void Homelab_Rendered_NoInfo_NoFinding()
    {
        var report = Check.Yaml(Homelab("192.168.8.32/27", "192.168.8.1", "64513", "64512"), Frr);

        Assert.Empty(report.For("MLB0013"));
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void UnknownAddressAndAsn_AreNotComparedWithOtherPeers()
    {
        var report = Check.Yaml(Homelab("192.168.8.32/27", "${ROUTER_IP}", "64513", "${LOCAL_ASN}"), Frr);

        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId.StartsWith("MLB082", StringComparison.Ordinal));
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void KnownDuplicatePeers_StillReported_NextToAPeerWithAVariable()
    {
        var yaml = Homelab("192.168.8.32/27", "192.168.8.2", "64513", "64512")
            + Object("BGPPeer", "lab", "myASN: ${LAB_ASN}\npeerASN: 64514\npeerAddress: 192.168.9.1", "metallb.io/v1beta2");

        var report = Check.Yaml(yaml, Frr);

        Assert.Single(report.For("MLB0822"));
        Assert.Equal("backup", report.For("MLB0822").Single().Resource!.Name);
    }

    [Fact]
    public void KnownOverlap_StillReported_NextToAPoolWithAVariable()
    {
        var yaml = Check.Pool("a", "10.0.0.0/24") + Check.Pool("b", "10.0.0.0/25") + Check.Pool("c", "${RANGE}") + Check.L2All;

        var finding = Check.Single(yaml, "MLB0104");

        Assert.Equal("b", finding.Resource!.Name);
    }

    [Fact]
    public void InvalidEntryAfterAVariable_ReportedAtItsOwnPosition()
    {
        var finding = Check.Single(Check.Pool("lan", "${RANGE}", "10.0.0.300/32") + Check.L2All, "MLB0102");

        Assert.Equal("spec.addresses[1]", finding.Path);
        Assert.Contains("10.0.0.300/32", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SelectorWithVariables_NoSyntaxOrMatchFinding()
    {
        var ad = BgpAd("bgp", "ipAddressPools: [bgp]\nnodeSelectors:\n- matchExpressions:\n  - {key: \"${ZONE_LABEL}\", operator: In, values: [\"${ZONE}\"]}");

        var report = Check.Yaml(Homelab("192.168.8.32/27", "192.168.8.1", "64513", "64512") + ad, Frr);

        Assert.Equal(2, report.For("MLB0013").Count());
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId is "MLB0701" or "MLB0703" or "MLB0314");
    }

    [Fact]
    public void SelectorWithoutValues_MLB0701_StillFires()
    {
        var ad = BgpAd("bgp", "ipAddressPools: [bgp]\nnodeSelectors:\n- matchExpressions:\n  - {key: topology.kubernetes.io/zone, operator: In, values: []}");

        Check.Single(Homelab("192.168.8.32/27", "192.168.8.1", "64513", "64512") + ad, "MLB0701", Frr);
    }

    [Fact]
    public void AdvertisementOfAVariablePool_NotAnUnknownPool_PoolsNotUnannounced()
    {
        var yaml = Check.Pool("lan", "192.168.8.32/27") + L2Ad("lan", "ipAddressPools: [\"${LB_POOL}\"]");

        var report = Check.Yaml(yaml);

        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId is "MLB0403" or "MLB0112" or "MLB0402");
        Assert.Single(report.For("MLB0013"));
    }

    [Fact]
    public void AdvertisementOfAMisspelledPool_MLB0403_StillFires() =>
        Check.Single(Check.Pool("lan", "192.168.8.32/27") + L2Ad("lan", "ipAddressPools: [lna]") + Check.L2All, "MLB0403");

    [Fact]
    public void VariableNameAndNamespace_NotMissing()
    {
        var yaml = "apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata:\n  name: ${CLUSTER}-lan\n  namespace: ${METALLB_NAMESPACE}\nspec:\n  addresses: [192.168.8.32/27]\n";

        var report = Check.Yaml(yaml);

        Assert.Equal(2, report.For("MLB0013").Count());
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId is "MLB0006" or "MLB1201");
    }

    [Fact]
    public void NoName_MLB0006_StillFires() =>
        Check.Single("apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata:\n  namespace: metallb-system\nspec:\n  addresses: [192.168.8.32/27]\n", "MLB0006");
}
