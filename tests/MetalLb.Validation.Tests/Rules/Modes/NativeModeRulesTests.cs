namespace MetalLb.Validation.Tests.Rules.Modes;

public class NativeModeRulesTests
{
    [Theory]
    [InlineData("MLB0801", "bfdProfile: fast")]
    [InlineData("MLB0802", "keepaliveTime: 30s")]
    [InlineData("MLB0803", "vrf: red")]
    [InlineData("MLB0804", "connectTime: 5s")]
    [InlineData("MLB0805", "enableGracefulRestart: true")]
    [InlineData("MLB0806", "disableMP: true")]
    [InlineData("MLB0807", "dualStackAddressFamily: true")]
    [InlineData("MLB0809", "interface: eth0")]
    [InlineData("MLB0810", "localASN: 65001")]
    public void FrrOnlyPeerField_FiresInNativeMode_SilentInFrrK8s(string id, string field)
    {
        var yaml = Yaml.Peer("tor", "192.0.2.1", extra: field);

        Check.Single(yaml, id, Yaml.Native);
        Check.None(yaml, id, Yaml.FrrK8s);
    }

    [Fact]
    public void DynamicAsn_MLB0808_FiresInNativeMode() =>
        Check.Single(Check.Peer("tor", "myASN: 64512\ndynamicASN: external\npeerAddress: 192.0.2.1"), "MLB0808", Yaml.Native);

    [Fact]
    public void PlainPeer_NativeFieldRules_Silent()
    {
        var report = Check.Yaml(Yaml.Peer("tor", "192.0.2.1", extra: "holdTime: 90s\nkeepaliveTime: 0s"), Yaml.Native);

        Assert.DoesNotContain(report.Diagnostics, d => string.CompareOrdinal(d.RuleId, "MLB0801") >= 0 && string.CompareOrdinal(d.RuleId, "MLB0814") <= 0);
    }

    [Fact]
    public void UnusedBfdProfile_MLB0811_Fires() =>
        Assert.Contains("no BGPPeer uses it", Check.Single(Yaml.Bfd("fast", "receiveInterval: 300"), "MLB0811", Yaml.Native).Message, StringComparison.Ordinal);

    [Fact]
    public void BfdProfileInFrrMode_MLB0811_Silent() => Check.None(Yaml.Bfd("fast", "receiveInterval: 300"), "MLB0811", Yaml.Frr);

    [Fact]
    public void Ipv6PoolSelectedByLabel_MLB0812_Fires() =>
        Check.Single(Yaml.LabeledPool("v6", "bgp: \"yes\"", "2001:db8::/64") + Yaml.BgpAd("ad", "ipAddressPoolSelectors: [{matchLabels: {bgp: \"yes\"}}]"), "MLB0812", Yaml.Native);

    [Fact]
    public void Ipv6PoolOnlyInL2_MLB0812_Silent() =>
        Check.None(Check.Pool("v6", "2001:db8::/64") + Check.Pool("v4", "192.0.2.0/28") + Yaml.BgpAd("ad", "ipAddressPools: [v4]") + Yaml.L2Ad("l2"), "MLB0812", Yaml.Native);

    [Fact]
    public void LargeCommunityInAdvertisement_MLB0813_Fires() =>
        Check.Single(Yaml.BgpAd("ad", "communities: [\"65000:1\", \"large:65000:1:2\"]"), "MLB0813", Yaml.Native);

    [Fact]
    public void StandardCommunityInAdvertisement_MLB0813_Silent() =>
        Check.None(Yaml.BgpAd("ad", "communities: [\"65000:1\", no-export]"), "MLB0813", Yaml.Native);

    [Fact]
    public void LargeCommunityAliasNobodyUses_MLB0814_Fires() =>
        Check.Single(Yaml.Object("Community", "c", "communities:\n- name: big\n  value: large:1:2:3"), "MLB0814", Yaml.Native);

    [Fact]
    public void StandardCommunityAlias_MLB0814_Silent() =>
        Check.None(Yaml.Object("Community", "c", "communities:\n- name: small\n  value: \"65000:100\""), "MLB0814", Yaml.Native);
}
