using MetalLb.Validation.Diagnostics;
using static MetalLb.Validation.Tests.Topology.LinkFixture;

namespace MetalLb.Validation.Tests.Rules.Topology;

/// <summary>
/// Rules about announcing from a node skip nodes labelled node.kubernetes.io/exclude-from-external-load-balancers:
/// the speaker never makes them layer 2 candidates (speakersForAds) nor announces BGP routes from them.
/// </summary>
public class ExcludedNodeAnnouncementTests
{
    private const string ExcludedLabel = "node.kubernetes.io/exclude-from-external-load-balancers: \"\"";

    // cp-1 (excluded) is on the LAN through eth0 only; worker-1 through ens3.
    private static readonly Dictionary<string, string[]> Interfaces = new()
    {
        ["cp-1"] = [Link("lo", true, "127.0.0.1/8"), Link("eth0", true, "192.168.50.10/24")],
        ["worker-1"] = [Link("lo", true, "127.0.0.1/8"), Link("ens3", true, "192.168.50.11/24")],
    };

    private static string L2(string interfaces) =>
        Node("cp-1", ExcludedLabel) + Node("worker-1")
        + Check.Pool("lan", "192.168.50.200-192.168.50.250")
        + Yaml.L2Ad("l2", $"ipAddressPools: [lan]\ninterfaces: [{interfaces}]");

    [Fact]
    public void MLB0408_ExcludedNodeWithoutTheInterface_Silent() =>
        Assert.Empty(Validate(L2("ens3"), Interfaces).For("MLB0408"));

    [Fact]
    public void MLB0408_WithIgnoreExcludeLb_TheNodeIsACandidateAgain_Error()
    {
        var d = Assert.Single(Validate(L2("ens3"), Interfaces, options: new ValidationOptions { IgnoreExcludeLb = true }).For("MLB0408"));

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("cp-1", d.Node);
    }

    [Fact]
    public void MLB0408_SameObjects_ExclusionHonouredThenNot_EachRunAnswersForItsOwnOptions()
    {
        // The nodes lacking an interface are kept with the node instances across runs; whether the label is honoured
        // is an option, so it must be part of what is kept.
        var loader = new Validation.Loading.ConfigurationLoader();
        foreach (var (node, links) in Interfaces)
        {
            loader.AddIpAddressJson(node, $"[{string.Join(",", links)}]", $"{node}.ip-addr.json");
        }

        var set = loader.AddText(L2("ens3"), "test.yaml").Build();

        Assert.Empty(new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native }).Validate(set).For("MLB0408"));
        Assert.Single(new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native, IgnoreExcludeLb = true }).Validate(set).For("MLB0408"));
        Assert.Empty(new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native }).Validate(set).For("MLB0408"));
    }

    [Fact]
    public void MLB0408_BeforeTheLabelWasHonoured_Error()
    {
        Assert.True(MetalLbRelease.TryParse("0.13.12", out var old));
        Assert.Equal("cp-1", Assert.Single(Validate(L2("ens3"), Interfaces, options: new ValidationOptions { MetalLbVersion = old! }).For("MLB0408")).Node);
    }

    [Fact]
    public void MLB0408_OnlyExcludedInterfaces_NamesOnlyTheAnnouncingNodes()
    {
        var d = Assert.Single(Validate(L2("lo"), Interfaces).For("MLB0408"));

        Assert.Equal("worker-1", d.Node);
        Assert.Contains("node worker-1 still wins", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cp-1", d.Message, StringComparison.Ordinal);
    }

    private static string Pair(string cpAd) =>
        Node("cp-1", ExcludedLabel) + Node("worker-1")
        + Check.Pool("lan", "192.168.50.200-192.168.50.250")
        + Yaml.L2Ad("cp", $"ipAddressPools: [lan]\nnodeSelectors: [{{matchLabels: {{kubernetes.io/hostname: {cpAd}}}}}]")
        + Yaml.L2Ad("workers", "ipAddressPools: [lan]\nnodeSelectors: [{matchLabels: {kubernetes.io/hostname: worker-1}}]");

    [Fact]
    public void MLB0909_PoolStillAnnouncedByAnotherAdvertisement_SaysSo()
    {
        var d = Check.Single(Pair("cp-1"), "MLB0909", Yaml.Native);

        Assert.Contains("this advertisement announces nothing (pools lan are announced by L2 only through other advertisements", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("from no node", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0909_SelectingANodeWithoutTheLabel_ClearsIt() =>
        Fixed.Assert(Check.Yaml(Pair("cp-1"), Yaml.Native), Check.Yaml(Pair("worker-1"), Yaml.Native), "MLB0909");

    [Fact]
    public void AdvertisementSelectingOnlyExcludedNodes_IsNotANodeSelectionError()
    {
        // MLB0405/MLB0314 are about selectors that match no node; an excluded node is selected (MLB0909 says the rest).
        var report = Check.Yaml(Pair("cp-1") + Yaml.BgpAd("bgp", "ipAddressPools: [lan]\nnodeSelectors: [{matchLabels: {kubernetes.io/hostname: cp-1}}]"), Yaml.Native);

        Assert.Empty(report.For("MLB0405"));
        Assert.Empty(report.For("MLB0314"));
        Assert.Empty(report.For("MLB1004"));
    }
}
