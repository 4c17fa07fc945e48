using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;
using static MetalLb.Validation.Tests.Topology.TopologyFixture;

namespace MetalLb.Validation.Tests.Rules.Topology;

/// <summary>
/// Nodes known only from interface data carry just kubernetes.io/hostname. A selector that matches them only through
/// NotIn/DoesNotExist on another label is a guess about the real node's labels: rules that would give an error from
/// such a match warn and say what they assume.
/// </summary>
public class InterfaceOnlyGuessTests
{
    private const string Tor = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1";

    private static string NotInRack(string rack) => $"nodeSelectors:\n- matchExpressions:\n  - {{key: rack, operator: NotIn, values: [{rack}]}}";

    /// <summary>worker-1 and worker-2 from 'ip -j address show' only, or with their Node objects (rack a and b).</summary>
    private static ConfigurationSet Set(string yaml, bool withNodes = false)
    {
        var loader = new ConfigurationLoader()
            .AddIpAddressJsonFile("worker-1", File("worker-1.ip-addr.json"))
            .AddIpAddressJsonFile("worker-2", File("worker-2.ip-addr.json"));
        if (withNodes)
        {
            loader.AddText(Yaml.Node("worker-1", "rack: a") + Yaml.Node("worker-2", "rack: b"), "nodes.yaml");
        }

        return loader.AddText(yaml, "test.yaml").Build();
    }

    private static ValidationReport Run(ConfigurationSet set, BackendMode mode = BackendMode.Frr) =>
        new MetalLbValidator(new ValidationOptions { Mode = mode }).Validate(set);

    // Two peers to one router meant for disjoint racks: on the interface-only nodes both NotIn selectors match.
    private static readonly string RackPeers = Peer("rack-a", $"{Tor}\n{NotInRack("b")}") + Peer("rack-b", $"{Tor}\n{NotInRack("a")}");

    [Fact]
    public void MLB0822_SharedNodeOnlyByGuess_WarningStatingTheAssumption()
    {
        var d = Assert.Single(Run(Set(RackPeers)).For("MLB0822"));

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("worker-1", d.Node);
        Assert.Contains("this assumes node worker-1 has no label rack", d.Message, StringComparison.Ordinal);
        Assert.Contains("Give the Node objects to decide", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0822_WithTheNodeObjects_DisjointRacks_Silent() => Assert.Empty(Run(Set(RackPeers, withNodes: true)).For("MLB0822"));

    [Fact]
    public void MLB0822_GivingTheNodeObjects_AsAdvised_ClearsIt() =>
        Fixed.Assert(Run(Set(RackPeers)), Run(Set(RackPeers, withNodes: true)), "MLB0822");

    [Fact]
    public void MLB0822_ErrorOnlyWhenBothPeersMatchThroughKnownLabels()
    {
        var yaml = Peer("a", $"{Tor}\n{NotInRack("b")}") + Peer("b", $"{Tor}\n{OnNode("worker-1")}");
        var d = Assert.Single(Run(Set(yaml)).For("MLB0822"));

        // Peer b surely runs on worker-1; peer a only on the guess that worker-1 has no rack label.
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);

        var certain = Peer("a", $"{Tor}\n{OnNode("worker-1")}") + Peer("b", $"{Tor}\nholdTime: 30s\nnodeSelectors:\n- matchExpressions:\n  - {{key: kubernetes.io/hostname, operator: NotIn, values: [worker-2]}}");
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(Run(Set(certain)).For("MLB0822")).Severity);
    }

    [Fact]
    public void MLB0830_NativeDuplicateSessionsByGuess_Warning() =>
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Run(Set(RackPeers), BackendMode.Native).For("MLB0830")).Severity);

    [Fact]
    public void MLB0901_SourceMissingOnANodeSelectedByGuess_Warning()
    {
        // 10.0.0.11 is worker-1's; the peer selects worker-2 only if worker-2 lacks the rack label.
        var yaml = Peer("tor", $"{Tor}\nsourceAddress: 10.0.0.11\nnodeSelectors:\n- matchExpressions:\n  - {{key: rack, operator: DoesNotExist}}");
        var d = Assert.Single(Run(Set(yaml)).For("MLB0901"));

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("worker-2", d.Node);
        Assert.Contains("this assumes node worker-2 has no label rack", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0901_SourceMissingOnANodeSelectedByHostname_Error() =>
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(Run(Set(Peer("tor", $"{Tor}\nsourceAddress: 10.0.0.11\n{OnNode("worker-2")}"))).For("MLB0901")).Severity);

    [Fact]
    public void MLB0309_LocalPrefConflictOnlyByGuess_Warning()
    {
        var yaml = Check.Pool("p", "198.51.100.0/24")
            + Yaml.BgpAd("a", "localPref: 100\nnodeSelectors: [{matchExpressions: [{key: rack, operator: NotIn, values: [b]}]}]")
            + Yaml.BgpAd("b", "localPref: 200\nnodeSelectors: [{matchExpressions: [{key: rack, operator: NotIn, values: [a]}]}]");

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Run(Set(yaml)).For("MLB0309")).Severity);
        Assert.Empty(Run(Set(yaml, withNodes: true)).For("MLB0309"));
    }
}
