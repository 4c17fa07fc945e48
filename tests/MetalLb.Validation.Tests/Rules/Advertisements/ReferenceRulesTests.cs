namespace MetalLb.Validation.Tests.Rules.Advertisements;

public class ReferenceRulesTests
{
    private static readonly string Pool = Yaml.LabeledPool("web", "tier: front", "198.51.100.0/24");

    [Fact]
    public void UnknownPoolName_MLB0311_Warns()
    {
        var finding = Check.Single(Pool + Yaml.BgpAd("ad", "ipAddressPools: [wbe]"), "MLB0311");

        Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("\"web\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KnownPoolName_MLB0311_Silent() => Check.None(Pool + Yaml.BgpAd("ad", "ipAddressPools: [web]"), "MLB0311");

    [Fact]
    public void UnknownPeerName_MLB0312_Warns() => Check.Single(Yaml.Peer("tor", "192.0.2.1") + Yaml.BgpAd("ad", "peers: [tor-a]"), "MLB0312");

    [Fact]
    public void KnownPeerName_MLB0312_Silent() => Check.None(Yaml.Peer("tor", "192.0.2.1") + Yaml.BgpAd("ad", "peers: [tor]"), "MLB0312");

    [Fact]
    public void PoolSelectorMatchingNothing_MLB0313_Warns() =>
        Check.Single(Pool + Yaml.BgpAd("ad", "ipAddressPoolSelectors: [{matchLabels: {tier: back}}]"), "MLB0313");

    [Fact]
    public void PoolSelectorMatching_MLB0313_Silent() =>
        Check.None(Pool + Yaml.BgpAd("ad", "ipAddressPoolSelectors: [{matchLabels: {tier: front}}]"), "MLB0313");

    [Fact]
    public void NodeSelectorMatchingNoGivenNode_MLB0314_Warns() =>
        Check.Single(Pool + Yaml.Node("n1", "rack: a") + Yaml.BgpAd("ad", "nodeSelectors: [{matchLabels: {rack: z}}]"), "MLB0314");

    [Fact]
    public void NodeSelectorWithoutNodeObjects_MLB0314_Silent() =>
        Check.None(Pool + Yaml.BgpAd("ad", "nodeSelectors: [{matchLabels: {rack: z}}]"), "MLB0314");

    [Fact]
    public void NodeSelectorMatching_MLB0314_Silent() =>
        Check.None(Pool + Yaml.Node("n1", "rack: a") + Yaml.BgpAd("ad", "nodeSelectors: [{matchLabels: {rack: a}}]"), "MLB0314");

    [Fact]
    public void LocalPrefTowardEbgpOnly_MLB0315_Warns() =>
        Check.Single(Pool + Yaml.Peer("tor", "192.0.2.1", 64512, 64600) + Yaml.BgpAd("ad", "localPref: 150"), "MLB0315");

    [Fact]
    public void LocalPrefWithAnIbgpPeer_MLB0315_Silent() =>
        Check.None(Pool + Yaml.Peer("tor", "192.0.2.1", 64512, 64600) + Yaml.Peer("rr", "192.0.2.9", 64512, 64512) + Yaml.BgpAd("ad", "localPref: 150"), "MLB0315");

    [Fact]
    public void LocalPrefOnlyToNamedEbgpPeer_MLB0315_Warns() =>
        Check.Single(Pool + Yaml.Peer("tor", "192.0.2.1", 64512, 64600) + Yaml.Peer("rr", "192.0.2.9", 64512, 64512) + Yaml.BgpAd("ad", "localPref: 150\npeers: [tor]"), "MLB0315");
}
