namespace MetalLb.Validation.Tests.Rules.Advertisements;

public class AggregationWiderThanPoolTests
{
    [Fact]
    public void ShorterThanPoolPrefix_Fires_NamingPoolAndEntry()
    {
        var finding = Check.Single(Check.Pool("web", "198.51.100.0/24") + Yaml.BgpAd("ad", "aggregationLength: 16"), "MLB0308");

        Assert.Contains("\"web\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("/24", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongerThanPoolPrefix_Silent() => Check.None(Check.Pool("web", "198.51.100.0/24") + Yaml.BgpAd("ad", "aggregationLength: 26"), "MLB0308");

    [Fact]
    public void RangeSummarisesToItsWidestPrefix()
    {
        // .1-.255 splits into /32 ... /25 blocks: the widest is /25.
        Check.Single(Check.Pool("r", "198.51.100.1-198.51.100.255") + Yaml.BgpAd("ad", "aggregationLength: 24"), "MLB0308");
        Check.None(Check.Pool("r", "198.51.100.1-198.51.100.255") + Yaml.BgpAd("ad", "aggregationLength: 25"), "MLB0308");
    }

    [Fact]
    public void Ipv6Entry_UsesAndPrintsTheIpv6Length()
    {
        var finding = Check.Single(Check.Pool("v6", "2001:db8::/64") + Yaml.BgpAd("ad", "aggregationLength: 8\naggregationLengthV6: 48"), "MLB0308");

        Assert.Equal("spec.aggregationLengthV6", finding.Path);
        Assert.StartsWith("aggregationLengthV6 48", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PoolNotSelected_Silent() =>
        Check.None(Check.Pool("web", "198.51.100.0/24") + Check.Pool("db", "198.51.101.0/28") + Yaml.BgpAd("ad", "aggregationLength: 24\nipAddressPools: [web]"), "MLB0308");
}
