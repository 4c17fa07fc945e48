namespace MetalLb.Validation.Tests.Rules.Advertisements;

public class LocalPrefConflictTests
{
    private static readonly string Pool = Check.Pool("web", "198.51.100.0/24");
    private static readonly string Nodes = Yaml.Node("n1", "rack: a") + Yaml.Node("n2", "rack: b");

    [Fact]
    public void SameRoutesDifferentLocalPref_MLB0309_FiresOnTheLaterAd()
    {
        var finding = Check.Single(Pool + Nodes + Yaml.BgpAd("first", "localPref: 100") + Yaml.BgpAd("second", "localPref: 200"), "MLB0309");

        Assert.Equal("BGPAdvertisement/second", finding.Resource!.ToString());
        Assert.Contains("\"first\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameLocalPref_MLB0309_Silent() =>
        Check.None(Pool + Nodes + Yaml.BgpAd("first", "localPref: 100") + Yaml.BgpAd("second", "localPref: 100"), "MLB0309");

    [Fact]
    public void DifferentAggregationOnIpv4Pool_MLB0309_Silent() =>
        Check.None(Pool + Nodes + Yaml.BgpAd("first", "localPref: 100\naggregationLength: 24") + Yaml.BgpAd("second", "localPref: 200"), "MLB0309");

    [Fact]
    public void DualStackPool_NeedsBothLengthsToDiffer()
    {
        var pool = Check.Pool("ds", "198.51.100.0/24", "2001:db8::/64");
        Check.Single(pool + Nodes + Yaml.BgpAd("first", "localPref: 100\naggregationLength: 24") + Yaml.BgpAd("second", "localPref: 200"), "MLB0309");
        Check.None(pool + Nodes + Yaml.BgpAd("first", "localPref: 100\naggregationLength: 24\naggregationLengthV6: 64") + Yaml.BgpAd("second", "localPref: 200"), "MLB0309");
    }

    [Fact]
    public void DisjointPeers_MLB0309_Silent() =>
        Check.None(Pool + Nodes + Yaml.BgpAd("first", "localPref: 100\npeers: [a]") + Yaml.BgpAd("second", "localPref: 200\npeers: [b]"), "MLB0309");

    [Fact]
    public void OnePeersListEmpty_MLB0309_Fires() =>
        Check.Single(Pool + Nodes + Yaml.BgpAd("first", "localPref: 100\npeers: [a]") + Yaml.BgpAd("second", "localPref: 200"), "MLB0309");

    [Fact]
    public void DisjointNodes_MLB0309_Silent() =>
        Check.None(Pool + Nodes + Yaml.BgpAd("first", "localPref: 100\nnodeSelectors: [{matchLabels: {rack: a}}]") + Yaml.BgpAd("second", "localPref: 200\nnodeSelectors: [{matchLabels: {rack: b}}]"), "MLB0309");

    [Fact]
    public void ServiceSelectors_MLB0309_Silent() =>
        Check.None(Pool + Nodes + Yaml.BgpAd("first", "localPref: 100\nserviceSelectors: [{matchLabels: {app: x}}]") + Yaml.BgpAd("second", "localPref: 200"), "MLB0309");

    [Fact]
    public void NoNodeObjects_ReportsInfoMLB0310_InsteadOfMLB0309()
    {
        var yaml = Pool + Yaml.BgpAd("first", "localPref: 100") + Yaml.BgpAd("second", "localPref: 200");

        Check.None(yaml, "MLB0309");
        var info = Check.Single(yaml, "MLB0310");
        Assert.Equal(Diagnostics.DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("No Node objects", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoNodeObjectsButCompatible_MLB0310_Silent() =>
        Check.None(Pool + Yaml.BgpAd("first", "localPref: 100") + Yaml.BgpAd("second", "localPref: 100"), "MLB0310");
}
