using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Rules.Advertisements;
using static MetalLb.Validation.Tests.Topology.LinkFixture;
using static MetalLb.Validation.Tests.Topology.TopologyFixture;

namespace MetalLb.Validation.Tests.Rules.Topology;

/// <summary>
/// MLB0408 and the speaker's announcedInterfacesToExclude: interfaces matching the default patterns are not in the
/// list the layer 2 speaker announces on, so listing only such interfaces fails on every node.
/// </summary>
public class L2InterfaceExclusionTests
{
    private static string L2(string interfaces, string extra = "") =>
        Check.Pool("lan", "192.168.50.200-192.168.50.250")
        + Yaml.L2Ad("l2", $"ipAddressPools: [lan]\ninterfaces: [{interfaces}]\nnodeSelectors: [{{matchLabels: {{rack: a}}}}]") + extra;

    private static ValidationOptions Release(string release)
    {
        Assert.True(MetalLbRelease.TryParse(release, out var version));
        return new ValidationOptions { Mode = BackendMode.Native, MetalLbVersion = version! };
    }

    [Theory]
    [InlineData("0.16.1", "lo", "^lo$")]
    [InlineData("0.16.1", "cni0", "^cni.*")]
    [InlineData("0.16.1", "lxc1a2b", "^lxc.*")]
    [InlineData("0.15.2", "kube-ipvs0", "^kube-ipvs.*")]
    [InlineData("0.13.10", "lo", "lo")]
    public void DefaultPatterns_PerRelease(string release, string name, string pattern)
    {
        Assert.True(MetalLbRelease.TryParse(release, out var version));
        Assert.Equal(pattern, L2InterfaceExclusion.For(version!)!.Excluding(name));
    }

    [Fact]
    public void LanInterfaces_AreNeverExcluded_AndLxcOnlyFrom0153()
    {
        Assert.True(MetalLbRelease.TryParse("0.15.2", out var v0152));
        Assert.Null(L2InterfaceExclusion.For(MetalLbRelease.Newest)!.Excluding("eth0"));
        Assert.Null(L2InterfaceExclusion.For(MetalLbRelease.Newest)!.Excluding("bond0.100"));
        Assert.Null(L2InterfaceExclusion.For(v0152!)!.Excluding("lxc1a2b"));
        Assert.True(MetalLbRelease.TryParse("0.13.9", out var v0139));
        Assert.Null(L2InterfaceExclusion.For(v0139!));
    }

    [Fact]
    public void MLB0408_OnlyLoopbackListed_ErrorOnEveryNode_EvenWhereLoExists()
    {
        // worker-1 does have lo: the speaker leaves it out of its list all the same.
        var d = Single(L2("lo"), "MLB0408");

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Null(d.Node);
        Assert.Contains("nodes worker-1, worker-2 still win addresses of pool lan", d.Message, StringComparison.Ordinal);
        Assert.Contains("lo (pattern ^lo$)", d.Message, StringComparison.Ordinal);
        Assert.Contains("announcedInterfacesToExclude", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0408_OnlyExcludedInterface_FiresWithoutInterfaceData() =>
        Assert.Single(Findings(L2("docker0"), "MLB0408", withInterfaces: false));

    [Fact]
    public void MLB0408_OnlyExcludedInterface_FiresWithoutAnyNode()
    {
        var d = Check.Single(L2("cni0"), "MLB0408", Yaml.Native);

        Assert.Contains("whichever node wins an address", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0408_BeforeTheExclusionList_LoOnTheNode_Silent() =>
        Assert.Empty(new MetalLbValidator(Release("0.13.9")).Validate(Load(L2("lo"))).For("MLB0408"));

    [Fact]
    public void MLB0408_LanInterfaceListed_Silent() => None(L2("eth1"), "MLB0408");

    [Fact]
    public void MLB0408_AnotherAdvertisementOnAllInterfaces_Rescues() =>
        None(L2("lo", Yaml.L2Ad("all", "ipAddressPools: [lan]")), "MLB0408");

    [Fact]
    public void MLB0408_ListingTheLanInterface_ClearsIt() => Fixed.Assert(Validate(L2("lo")), Validate(L2("eth1")), "MLB0408");

    [Fact]
    public void MLB0408_DroppingInterfaces_ClearsIt() =>
        Fixed.Assert(Validate(L2("lo")), Validate(Check.Pool("lan", "192.168.50.200-192.168.50.250") + Yaml.L2Ad("l2", "ipAddressPools: [lan]\nnodeSelectors: [{matchLabels: {rack: a}}]")), "MLB0408");

    [Fact]
    public void MLB0408_InterfaceOnTheNodeButExcluded_PerNodeErrorSaysWhy()
    {
        // The node has cni0 (a bridge the CNI made) and eth0; the advertisement lists cni0 and an absent ens3.
        var yaml = Node("worker-1", "rack: a") + L2("cni0, ens3");
        var report = Validate(yaml, new Dictionary<string, string[]> { ["worker-1"] = [Link("lo", true, "127.0.0.1/8"), Link("eth0", true, "192.168.50.2/24"), Link("cni0", true, "10.244.0.1/24")] });
        var d = Assert.Single(report.For("MLB0408"));

        Assert.Equal("worker-1", d.Node);
        Assert.Contains("it has eth0 (from", d.Message, StringComparison.Ordinal);
        Assert.Contains("cni0 (pattern ^cni.*)", d.Message, StringComparison.Ordinal);
    }
}
