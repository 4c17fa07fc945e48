using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Releases;

/// <summary>Validation MetalLB changed between 0.13.0 and 0.16.1, at the boundary releases (last without, first with).</summary>
public class ReleaseBehaviourTests
{
    private static ValidationOptions At(string release, BackendMode mode = BackendMode.Frr) =>
        new() { Mode = mode, MetalLbVersion = Version.Parse(release) };

    private const string DualStackL2WithBgpV4 = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: v4
          namespace: metallb-system
        spec:
          addresses: ["192.0.2.0/28"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: v6
          namespace: metallb-system
        spec:
          addresses: ["2001:db8::/124"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata:
          name: bgp-v4
          namespace: metallb-system
        spec:
          ipAddressPools: [v4]
        ---
        apiVersion: metallb.io/v1beta1
        kind: L2Advertisement
        metadata:
          name: l2-v6
          namespace: metallb-system
        spec:
          ipAddressPools: [v6]
        """;

    [Fact]
    public void NativeIpv6Pool_UpTo0_14_8_AnyBgpAdvertisementRejectsAnIpv6Pool()
    {
        var finding = Check.Single(DualStackL2WithBgpV4, "MLB0812", At("0.14.8", BackendMode.Native));
        Assert.Contains("0.14.9 and later check only the pools a BGPAdvertisement selects", finding.Message, StringComparison.Ordinal);
        Assert.Contains("FRR mode (the Helm chart's default on 0.14.8) or FRR-K8s mode", finding.Message, StringComparison.Ordinal);
        Check.None(DualStackL2WithBgpV4, "MLB0812", At("0.14.9", BackendMode.Native));
    }

    [Fact]
    public void NativeIpv6Pool_UpTo0_14_8_FixedByRemovingTheIpv6Addresses()
    {
        var fixedYaml = DualStackL2WithBgpV4.Replace("2001:db8::/124", "192.0.2.16/28", StringComparison.Ordinal);
        Assert.Equal(0, Check.Yaml(fixedYaml, At("0.14.8", BackendMode.Native)).ErrorCount);
    }

    [Fact]
    public void FrrModeAdvice_Before0_14_HasNoFrrK8sMode()
    {
        var finding = Check.Single(DualStackL2WithBgpV4, "MLB0812", At("0.13.12", BackendMode.Native));
        Assert.Contains("0.13.12 has no FRR-K8s mode", finding.Message, StringComparison.Ordinal);
    }

    private static string KeepaliveOnly(string extra = "") => Check.Peer("tor", $"myASN: 64512\npeerASN: 64600\npeerAddress: 192.0.2.1\nkeepaliveTime: 120s{extra}");

    [Fact]
    public void Timers_UpTo0_14_8_UnsetHoldTimeIs90s()
    {
        var finding = Check.Single(KeepaliveOnly(), "MLB0210", At("0.14.8"));
        Assert.Contains("90s", finding.Message, StringComparison.Ordinal);
        Check.None(KeepaliveOnly(), "MLB0210", At("0.14.9"));
    }

    [Fact]
    public void Timers_UpTo0_14_8_FixedBySettingHoldTime()
    {
        var report = Check.Yaml(KeepaliveOnly("\nholdTime: 360s"), At("0.14.8"));
        Assert.Empty(report.For("MLB0210"));
        Assert.Equal(0, report.ErrorCount);
    }

    private const string LocalPrefConflict = """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: p
          namespace: metallb-system
        spec:
          addresses: ["192.0.2.0/28"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata:
          name: a
          namespace: metallb-system
        spec:
          ipAddressPools: [p]
          localPref: 100
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata:
          name: b
          namespace: metallb-system
        spec:
          ipAddressPools: [p]
          localPref: 200
        """;

    [Fact]
    public void LocalPrefConflict_IsCheckedFrom0_13_10()
    {
        var yaml = Rules.Yaml.Node("n1") + LocalPrefConflict;
        Check.None(yaml, "MLB0309", At("0.13.9"));
        Assert.NotEmpty(Check.Findings(yaml, "MLB0309", At("0.13.10")));
    }

    private const string DisableMp = "myASN: 64512\npeerASN: 64600\npeerAddress: 192.0.2.1\ndisableMP: true";

    [Fact]
    public void DisableMp_IsDeprecatedFrom0_15_0_AndAFeatureBefore()
    {
        Check.None(Check.Peer("tor", DisableMp), "MLB0225", At("0.14.9"));
        Check.Single(Check.Peer("tor", DisableMp), "MLB0225", At("0.15.0"));
    }
}
