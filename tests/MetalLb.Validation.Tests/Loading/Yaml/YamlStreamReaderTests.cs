using System.Text;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Tests.Loading.Yaml;

public class YamlStreamReaderTests
{
    [Fact]
    public void SyntaxError_IsReportedAtItsPosition_AndEarlierDocumentsAreKept()
    {
        var set = ConfigurationLoader.LoadText(Check.Pool("kept", "10.0.0.0/24") + "apiVersion: v1\nkind: [unclosed\n", "broken.yaml");

        var error = Assert.Single(set.LoadDiagnostics);
        Assert.Equal("MLB0001", error.RuleId);
        Assert.Equal("broken.yaml", error.Location.File);
        Assert.True(error.Location.Line >= 10, error.ToString());
        Assert.Equal("kept", Assert.Single(set.Pools).Name);
    }

    [Fact]
    public void DuplicateKey_IsAnError_AndTheLastValueWins()
    {
        var set = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata:
              name: first
              name: second
            spec:
              addresses: ["10.0.0.0/24"]
            """);

        var duplicate = Assert.Single(set.LoadDiagnostics, d => d.RuleId == "MLB0003");
        Assert.Equal((5, 3), (duplicate.Location.Line, duplicate.Location.Column));
        Assert.Equal("second", Assert.Single(set.Pools).Name);
    }

    [Fact]
    public void AliasBomb_IsStoppedByTheNodeLimit()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var set = ConfigurationLoader.LoadText(yaml.ToString());

        var limit = Assert.Single(set.LoadDiagnostics);
        Assert.Equal("MLB0002", limit.RuleId);
        Assert.Contains("alias", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNesting_IsStoppedByTheDepthLimit_WithoutStackOverflow()
    {
        var yaml = new string('[', 100_000) + new string(']', 100_000);

        var set = ConfigurationLoader.LoadText(yaml);

        Assert.Contains(set.LoadDiagnostics, d => d.RuleId == "MLB0002" && d.Message.Contains("nesting", StringComparison.Ordinal));
    }

    [Fact]
    public void OversizedScalar_IsReported()
    {
        var set = ConfigurationLoader.LoadText("key: " + new string('x', 2000), limits: new LoadLimits { MaxScalarLength = 1000 });

        Assert.Contains(set.LoadDiagnostics, d => d.RuleId == "MLB0002" && d.Message.Contains("scalar", StringComparison.Ordinal));
    }

    [Fact]
    public void SourceLargerThanLimit_IsCutOffWithADiagnostic()
    {
        var set = ConfigurationLoader.LoadText(new string('#', 5000), limits: new LoadLimits { MaxCharactersPerSource = 1000 });

        Assert.Contains(set.LoadDiagnostics, d => d.RuleId == "MLB0002");
    }

    [Fact]
    public void InvalidUtf8_IsReportedAsUnreadable()
    {
        using var stream = new MemoryStream([.. "apiVersion: v1\nkind: "u8.ToArray(), 0xC3, 0x28, (byte)'\n']);

        var set = new ConfigurationLoader().AddStream(stream, "bad.yaml").Build();

        Assert.Contains(set.LoadDiagnostics, d => d.RuleId == "MLB0007" && d.Location.File == "bad.yaml");
    }

    [Fact]
    public void BinaryJunk_GivesADiagnosticNotAnException()
    {
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);
        using var stream = new MemoryStream(junk);

        var set = new ConfigurationLoader().AddStream(stream, "junk.bin").Build();

        Assert.NotEmpty(set.LoadDiagnostics);
    }

    [Fact]
    public void MergeKeys_AreHonoured_AndExplicitKeysWin()
    {
        var set = ConfigurationLoader.LoadText("""
            base: &base
              myASN: 64512
              peerASN: 1
            ---
            apiVersion: metallb.io/v1beta2
            kind: BGPPeer
            metadata: {name: p, namespace: metallb-system}
            spec:
              <<: {myASN: 64512, peerASN: 1}
              peerASN: 64600
              peerAddress: 10.0.0.1
            """);

        var peer = Assert.Single(set.Peers);
        Assert.Equal(64512u, peer.MyAsn!.Value.Value);
        Assert.Equal(64600u, peer.PeerAsn!.Value.Value);
    }

    [Fact]
    public void UnknownAlias_IsASyntaxError()
    {
        var set = ConfigurationLoader.LoadText("a: *nothing\n");

        Assert.Contains(set.LoadDiagnostics, d => d.RuleId == "MLB0001" && d.Message.Contains("nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_IsReadWithPositions()
    {
        var set = ConfigurationLoader.LoadText("""
            {"apiVersion": "metallb.io/v1beta1", "kind": "IPAddressPool",
             "metadata": {"name": "j"},
             "spec": {"addresses": ["10.0.0.0/24"]}}
            """, "pool.json");

        var pool = Assert.Single(set.Pools);
        Assert.Equal(3, pool.Addresses[0].Location.Line);
        Assert.IsType<IpAddressPool>(pool);
    }
}
