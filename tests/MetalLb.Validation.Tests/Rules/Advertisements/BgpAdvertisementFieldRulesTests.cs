namespace MetalLb.Validation.Tests.Rules.Advertisements;

public class BgpAdvertisementFieldRulesTests
{
    private static readonly string Pools = Check.Pool("web", "198.51.100.0/24") + Check.Pool("db", "198.51.101.0/24");

    [Fact]
    public void RepeatedPoolName_MLB0301_FiresOnTheRepeat() =>
        Assert.Equal("spec.ipAddressPools[2]", Check.Single(Pools + Yaml.BgpAd("ad", "ipAddressPools: [web, db, web]"), "MLB0301").Path);

    [Fact]
    public void DistinctPoolNames_MLB0301_Silent() => Check.None(Pools + Yaml.BgpAd("ad", "ipAddressPools: [web, db]"), "MLB0301");

    [Fact]
    public void RepeatedPeerName_MLB0302_Fires() =>
        Check.Single(Yaml.Peer("tor", "192.0.2.1") + Yaml.BgpAd("ad", "peers: [tor, tor]"), "MLB0302");

    [Fact]
    public void DistinctPeerNames_MLB0302_Silent() =>
        Check.None(Yaml.Peer("tor", "192.0.2.1") + Yaml.Peer("tor2", "192.0.2.2") + Yaml.BgpAd("ad", "peers: [tor, tor2]"), "MLB0302");

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void AggregationLengthBelowOne_MLB0303_Fires(int length) =>
        Check.Single(Yaml.BgpAd("ad", $"aggregationLength: {length}"), "MLB0303");

    [Fact]
    public void AggregationLengthOne_MLB0303_Silent() => Check.None(Yaml.BgpAd("ad", "aggregationLength: 1"), "MLB0303");

    [Fact]
    public void AggregationLength33_MLB0304_Fires() =>
        Assert.Contains("33", Check.Single(Yaml.BgpAd("ad", "aggregationLength: 33"), "MLB0304").Message, StringComparison.Ordinal);

    [Fact]
    public void AggregationLength32_MLB0304_Silent() => Check.None(Yaml.BgpAd("ad", "aggregationLength: 32"), "MLB0304");

    [Fact]
    public void AggregationLengthV6Of129_MLB0305_Fires() => Check.Single(Yaml.BgpAd("ad", "aggregationLengthV6: 129"), "MLB0305");

    [Fact]
    public void AggregationLengthV6Of128_MLB0305_Silent() => Check.None(Yaml.BgpAd("ad", "aggregationLengthV6: 128"), "MLB0305");

    [Fact]
    public void AggregationLengthV6Zero_MLB0306_Warns() =>
        Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, Check.Single(Yaml.BgpAd("ad", "aggregationLengthV6: 0"), "MLB0306").Severity);

    [Fact]
    public void AggregationLengthV6Of64_MLB0306_Silent() => Check.None(Yaml.BgpAd("ad", "aggregationLengthV6: 64"), "MLB0306");

    [Fact]
    public void ServiceSelectorsWithBothLengths_MLB0307_FiresForEach()
    {
        var findings = Check.Findings(Yaml.BgpAd("ad", "aggregationLength: 24\naggregationLengthV6: 64\nserviceSelectors: [{matchLabels: {app: web}}]"), "MLB0307");

        Assert.Equal(["spec.aggregationLength", "spec.aggregationLengthV6"], findings.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ServiceSelectorsWithDefaultLengths_MLB0307_Silent() =>
        Check.None(Yaml.BgpAd("ad", "aggregationLength: 32\naggregationLengthV6: 128\nserviceSelectors: [{matchLabels: {app: web}}]"), "MLB0307");

    [Fact]
    public void AggregationWithoutServiceSelectors_MLB0307_Silent() => Check.None(Yaml.BgpAd("ad", "aggregationLength: 24"), "MLB0307");
}
