namespace MetalLb.Validation.Tests.Rules.Advertisements;

public class L2AdvertisementRulesTests
{
    private static readonly string Pool = Yaml.LabeledPool("lan", "net: lan", "192.0.2.0/28");

    [Fact]
    public void RepeatedPool_MLB0401_Fires() => Check.Single(Pool + Yaml.L2Ad("l2", "ipAddressPools: [lan, lan]"), "MLB0401");

    [Fact]
    public void SinglePool_MLB0401_Silent() => Check.None(Pool + Yaml.L2Ad("l2", "ipAddressPools: [lan]"), "MLB0401");

    [Theory]
    [InlineData("weight: 0\n  preference: {matchLabels: {a: b}}")]
    [InlineData("weight: 101\n  preference: {matchLabels: {a: b}}")]
    [InlineData("preference: {matchLabels: {a: b}}")]
    [InlineData("weight: 50")]
    public void BadPreference_InNoRelease_IsAnUnknownFieldNotMLB0402(string entry)
    {
        // No MetalLB release up to 0.16.1 has preferredNodeSelectors: the API server drops it, so MLB0402 sees nothing.
        var yaml = Pool + Yaml.L2Ad("l2", $"preferredNodeSelectors:\n- {entry}");
        Check.None(yaml, "MLB0402");
        Assert.Equal("spec.preferredNodeSelectors", Check.Single(yaml, "MLB0005").Path);
    }

    [Fact]
    public void GoodPreference_MLB0402_Silent() =>
        Check.None(Pool + Yaml.L2Ad("l2", "preferredNodeSelectors:\n- weight: 100\n  preference: {matchLabels: {a: b}}"), "MLB0402");

    [Fact]
    public void UnknownPool_MLB0403_Warns() => Check.Single(Pool + Yaml.L2Ad("l2", "ipAddressPools: [lna]"), "MLB0403");

    [Fact]
    public void KnownPool_MLB0403_Silent() => Check.None(Pool + Yaml.L2Ad("l2", "ipAddressPools: [lan]"), "MLB0403");

    [Fact]
    public void PoolSelectorMatchingNothing_MLB0404_Warns() =>
        Check.Single(Pool + Yaml.L2Ad("l2", "ipAddressPoolSelectors: [{matchLabels: {net: wan}}]"), "MLB0404");

    [Fact]
    public void NoPoolFieldsSelectsAll_MLB0404_Silent() => Check.None(Pool + Yaml.L2Ad("l2"), "MLB0404");

    [Fact]
    public void NodeSelectorMatchingNoGivenNode_MLB0405_Warns() =>
        Check.Single(Pool + Yaml.Node("n1") + Yaml.L2Ad("l2", "nodeSelectors: [{matchLabels: {kubernetes.io/hostname: n2}}]"), "MLB0405");

    [Fact]
    public void NodeSelectorMatching_MLB0405_Silent() =>
        Check.None(Pool + Yaml.Node("n1") + Yaml.L2Ad("l2", "nodeSelectors: [{matchLabels: {kubernetes.io/hostname: n1}}]"), "MLB0405");

    [Fact]
    public void RepeatedInterface_MLB0406_Warns() =>
        Assert.Equal("spec.interfaces[1]", Check.Single(Pool + Yaml.L2Ad("l2", "interfaces: [eth0, eth0]"), "MLB0406").Path);

    [Fact]
    public void DistinctInterfaces_MLB0406_Silent() => Check.None(Pool + Yaml.L2Ad("l2", "interfaces: [eth0, eth1]"), "MLB0406");

    [Fact]
    public void EmptyInterfaceName_MLB0407_Warns() => Check.Single(Pool + Yaml.L2Ad("l2", "interfaces: [eth0, \"\"]"), "MLB0407");

    [Fact]
    public void PlainInterfaceNames_MLB0407_Silent() => Check.None(Pool + Yaml.L2Ad("l2", "interfaces: [eth0]"), "MLB0407");
}
