namespace MetalLb.Validation.Tests.Rules.Bfd;

public class BfdEchoTowardIpv6RuleTests
{
    private static readonly string Peer = Yaml.Peer("tor", "192.0.2.1", extra: "bfdProfile: echo");

    [Fact]
    public void EchoProfileAndIpv6Pool_Fires() =>
        Check.Single(Check.Pool("ds", "192.0.2.128/26", "2001:db8::/64") + Peer + Yaml.Bfd("echo", "echoMode: true") + Yaml.BgpAd("ad"), "MLB0550");

    [Fact]
    public void EchoOff_Silent() =>
        Check.None(Check.Pool("ds", "2001:db8::/64") + Peer + Yaml.Bfd("echo", "echoMode: false") + Yaml.BgpAd("ad"), "MLB0550");

    [Fact]
    public void Ipv4OnlyPool_Silent() =>
        Check.None(Check.Pool("v4", "192.0.2.128/26") + Peer + Yaml.Bfd("echo", "echoMode: true") + Yaml.BgpAd("ad"), "MLB0550");

    [Fact]
    public void AdvertisementToAnotherPeer_Silent() =>
        Check.None(Check.Pool("v6", "2001:db8::/64") + Peer + Yaml.Peer("other", "192.0.2.2") + Yaml.Bfd("echo", "echoMode: true") + Yaml.BgpAd("ad", "peers: [other]"), "MLB0550");
}
