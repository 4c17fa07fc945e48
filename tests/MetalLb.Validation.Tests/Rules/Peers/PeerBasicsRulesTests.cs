namespace MetalLb.Validation.Tests.Rules.Peers;

public class PeerBasicsRulesTests
{
    private const string Valid = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1";

    [Fact]
    public void Valid_Peer_HasNoFindings() => Assert.Empty(Check.Yaml(Check.Peer("p", Valid) + Yaml.BgpAd("bgp")).Diagnostics);

    [Theory]
    [InlineData("peerASN: 64600\npeerAddress: 10.0.0.1")]
    [InlineData("myASN: 0\npeerASN: 64600\npeerAddress: 10.0.0.1")]
    public void MLB0201_MissingOrZeroMyAsn_Fires(string spec) => Check.Single(Check.Peer("p", spec), "MLB0201");

    [Fact]
    public void MLB0201_WithMyAsn_Silent() => Check.None(Check.Peer("p", Valid), "MLB0201");

    [Fact]
    public void MLB0202_NoPeerAsn_Fires() => Check.Single(Check.Peer("p", "myASN: 64512\npeerAddress: 10.0.0.1"), "MLB0202");

    [Fact]
    public void MLB0202_DynamicAsn_Silent() => Check.None(Check.Peer("p", "myASN: 64512\ndynamicASN: external\npeerAddress: 10.0.0.1"), "MLB0202");

    [Fact]
    public void MLB0203_BothAsnKinds_Fires() => Check.Single(Check.Peer("p", Valid + "\ndynamicASN: external"), "MLB0203");

    [Fact]
    public void MLB0203_OneAsnKind_Silent() => Check.None(Check.Peer("p", Valid), "MLB0203");

    [Fact]
    public void MLB0206_NoEndpoint_Fires() => Check.Single(Check.Peer("p", "myASN: 64512\npeerASN: 64600"), "MLB0206");

    [Fact]
    public void MLB0206_InterfaceOnly_Silent() => Check.None(Check.Peer("p", "myASN: 64512\npeerASN: 64600\ninterface: eth1"), "MLB0206");

    [Fact]
    public void MLB0207_BothEndpoints_Fires() => Check.Single(Check.Peer("p", Valid + "\ninterface: eth1"), "MLB0207");

    [Fact]
    public void MLB0207_AddressOnly_Silent() => Check.None(Check.Peer("p", Valid), "MLB0207");

    [Theory]
    [InlineData("fe80::1%eth0", "interface")]
    [InlineData("10.0.0.1/31", "prefix")]
    [InlineData("router-1", "plain")]
    public void MLB0208_BadAddress_FiresWithAHint(string address, string hint) =>
        Assert.Contains(hint, Check.Single(Check.Peer("p", $"myASN: 64512\npeerASN: 64600\npeerAddress: \"{address}\""), "MLB0208").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB0208_Ipv6Address_Silent() => Check.None(Check.Peer("p", "myASN: 64512\npeerASN: 64600\npeerAddress: 2001:db8::1"), "MLB0208");
}
