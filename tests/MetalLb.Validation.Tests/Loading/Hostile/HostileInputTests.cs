using System.Globalization;
using System.Text;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Loading.Hostile;

/// <summary>Each hostile input ends in a positioned finding, in bounded time and memory, never an exception or a hang.</summary>
public class HostileInputTests
{
    private const string Pool = "apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: p, namespace: metallb-system}\n";

    [Fact]
    public void BillionLaughs_StopsAtTheNodeLimit()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var finding = Hostile.Finding(Hostile.Validate(yaml.ToString()), "MLB0002");

        Assert.Contains("alias", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasBomb_InMergeKeys_StopsAtTheNodeLimit()
    {
        var yaml = new StringBuilder("m0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}\n");
        for (var i = 1; i <= 12; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"m{i}: &m{i} {{x: [*m{i - 1}, *m{i - 1}, *m{i - 1}, *m{i - 1}], <<: *m{i - 1}}}\n");
        }

        Hostile.Finding(Hostile.Validate(yaml.ToString()), "MLB0002");
    }

    [Fact]
    public void FlowNesting_100000Deep_StopsAtTheDepthLimit() =>
        Hostile.Finding(Hostile.Validate(GeneratedStream.Repeat(string.Empty, "[", 100_000)), "MLB0002");

    [Fact]
    public void BlockNesting_100000Deep_StopsAtTheDepthLimit() =>
        Hostile.Finding(Hostile.Validate(GeneratedStream.Repeat(string.Empty, "- ", 100_000, "x\n")), "MLB0002");

    [Fact]
    public void IndentedMappings_StopAtTheDepthLimit()
    {
        var yaml = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + $"k{i}:\n"));

        Hostile.Finding(Hostile.Validate(yaml), "MLB0002");
    }

    [Fact]
    public void Scalar_50MB_IsReported_AndTheRestStillRead()
    {
        var input = GeneratedStream.Of(Parts());

        var report = Hostile.Validate(input);

        var finding = Hostile.Finding(report, "MLB0002");
        Assert.Contains("scalar", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.ResourceCount);

        static IEnumerable<string> Parts()
        {
            yield return Pool + "spec:\n  addresses: [\"";
            var chunk = new string('9', 1 << 20);
            for (var i = 0; i < 50; i++)
            {
                yield return chunk;
            }

            yield return "\"]\n---\n" + Pool.Replace("name: p", "name: q", StringComparison.Ordinal) + "spec: {addresses: [10.0.0.0/24]}\n";
        }
    }

    [Fact]
    public void EndlessStream_StopsAtTheCharacterLimit()
    {
        var endless = GeneratedStream.Of(Endless());
        var limits = new LoadLimits { MaxCharactersPerSource = 2_000_000 };

        var report = Hostile.Validate(endless, limits);

        Assert.Contains("larger than the limit", Hostile.Finding(report, "MLB0002").Message, StringComparison.Ordinal);
        Assert.True(endless.BytesRead < 3_000_000, $"read {endless.BytesRead:N0} bytes");

        static IEnumerable<string> Endless()
        {
            for (var i = 0; ; i++)
            {
                yield return $"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: c{i}}}\n---\n";
            }
        }
    }

    [Fact]
    public void ManyDocuments_StopAtTheDocumentLimit_CountingWhatWasRead()
    {
        var input = GeneratedStream.Repeat(string.Empty, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n", 20_000);

        var set = new ConfigurationLoader(new LoadLimits { MaxDocuments = 5_000 }).AddStream(input, "hostile.yaml").Build();

        var finding = Assert.Single(set.LoadDiagnostics, d => d.RuleId == "MLB0002");
        Assert.Contains("5,000", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Location.Line > 1);
        var source = Assert.Single(set.Sources);
        Assert.Equal(5_000, source.Documents);
        Assert.Equal(5_000, source.Skipped);
        Assert.True(source.Unread);
    }

    [Fact]
    public void DuplicateKeys_100000_AreReportedInLinearTime()
    {
        var input = GeneratedStream.Repeat(Pool + "spec:\n  addresses: [10.0.0.0/24]\n  labels:\n", "    a: b\n", 100_000);

        var report = Hostile.Validate(input);

        Assert.Equal(99_999, report.For("MLB0003").Count());
    }

    [Fact]
    public void ManyDistinctKeysThenDuplicates_StayLinear()
    {
        var keys = Enumerable.Range(0, 50_000).Select(i => $"  k{i}: v\n").ToList();
        var input = GeneratedStream.Of(keys.Prepend("m:\n").Concat(keys));

        var report = Hostile.Validate(input);

        Assert.Equal(50_000, report.For("MLB0003").Count());
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a }, 1, 4)]
    [InlineData(new byte[] { 0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xc3, 0x28, 0x0a }, 1, 7)]
    [InlineData(new byte[] { 0x61, 0x0a, 0x62, 0x0a, 0x63, 0x3a, 0x20, 0x64, 0xed, 0xa0, 0x80 }, 3, 5)]
    [InlineData(new byte[] { 0xed, 0xa0, 0x80 }, 1, 1)]
    public void InvalidUtf8_IsUnreadable_AtTheFirstBadByte(byte[] bytes, int line, int column)
    {
        var finding = Hostile.Finding(Hostile.Validate(new MemoryStream(bytes)), "MLB0007");

        Assert.Equal((line, column), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void InvalidUtf8_AfterAHugeValidPrefix_IsReportedAtItsLine()
    {
        var document = Encoding.UTF8.GetBytes(Pool + "spec: {addresses: [10.0.0.0/24]}\n---\n");
        using var input = new GeneratedStream([.. Enumerable.Repeat(document, 20_000), [0xFF]]);

        var finding = Hostile.Finding(Hostile.Validate(input), "MLB0007");

        Assert.Equal((100_001, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void BinaryJunk_NeverThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);

            var report = Hostile.Validate(new MemoryStream(bytes));

            Assert.All(report.Diagnostics, d => Assert.True(d.Location.Line >= 0));
        }
    }

    [Fact]
    public void NulAndControlCharacters_AreSyntaxErrors() =>
        Hostile.Finding(Hostile.Validate("...\0d...B6"), "MLB0001");

    [Theory]
    [InlineData("metadata: [a, b]\nspec: {addresses: [10.0.0.0/24]}")]
    [InlineData("metadata: {name: [x]}\nspec: {addresses: [10.0.0.0/24]}")]
    [InlineData("metadata: {name: p, labels: [x]}\nspec: 5")]
    [InlineData("metadata: {name: p}\nspec: {addresses: {a: b}, autoAssign: [true], serviceAllocation: {priority: {}, namespaces: 7}}")]
    [InlineData("metadata: {name: p}\nspec: {addresses: [[10.0.0.0/24], {a: 1}, 5, true, null]}")]
    public void WrongTypes_AreReported(string body)
    {
        var yaml = "apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\n" + body + "\n";

        Hostile.Finding(Hostile.Validate(yaml), "MLB0004");
    }

    [Fact]
    public void WrongTypesEverywhere_InEveryKind_NeverThrow()
    {
        string[] kinds = ["metallb.io/v1beta1 IPAddressPool", "metallb.io/v1beta2 BGPPeer", "metallb.io/v1beta1 BGPPeer", "metallb.io/v1beta1 BGPAdvertisement", "metallb.io/v1beta1 L2Advertisement", "metallb.io/v1beta1 BFDProfile", "metallb.io/v1beta1 Community", "v1 Node", "v1 Secret", "v1 Namespace", "nmstate.io/v1beta1 NodeNetworkState"];
        string[] values = ["[]", "{}", "7", "-1", "true", "null", "\"\"", "[{}]", "[[1]]", "{a: [b]}", "99999999999999999999999999", "1e400", ".nan"];
        string[] fields = ["addresses", "myASN", "peerASN", "peerAddress", "sourceAddress", "nodeSelectors", "ipAddressPools", "ipAddressPoolSelectors", "communities", "localPref", "peers", "interfaces", "receiveInterval", "holdTime", "password", "passwordSecret", "aggregationLength", "serviceAllocation", "bfdProfile", "peerPort"];
        var yaml = new StringBuilder();
        foreach (var kind in kinds)
        {
            var (apiVersion, name) = (kind.Split(' ')[0], kind.Split(' ')[1]);
            foreach (var value in values)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"apiVersion: {apiVersion}\nkind: {name}\nmetadata: {{name: x, namespace: metallb-system, labels: {value}, annotations: {value}}}\nspec:\n");
                foreach (var field in fields)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"  {field}: {value}\n");
                }

                yaml.Append(CultureInfo.InvariantCulture, $"status: {{currentState: {{interfaces: [{{name: {value}, ipv4: {{address: [{{ip: {value}, prefix-length: {value}}}]}}}}]}}, addresses: {value}}}\n---\n");
            }
        }

        var report = Hostile.Validate(yaml.ToString());

        Assert.NotEmpty(report.For("MLB0004"));
    }

    [Theory]
    [InlineData("myASN", "4294967296")]
    [InlineData("myASN", "-1")]
    [InlineData("peerASN", "99999999999999999999999999999")]
    [InlineData("peerPort", "65536")]
    [InlineData("peerPort", "-0x1")]
    [InlineData("myASN", "0x1_0000_0000")]
    [InlineData("myASN", "0o77777777777777777777777")]
    public void NumbersOutOfRange_AreReported(string field, string value)
    {
        var yaml = $"apiVersion: metallb.io/v1beta2\nkind: BGPPeer\nmetadata: {{name: p, namespace: metallb-system}}\nspec: {{peerAddress: 192.0.2.1, {field}: {value}}}\n";

        Hostile.Finding(Hostile.Validate(yaml), "MLB0010");
    }

    [Theory]
    [InlineData("holdTime: 99999999999999999999999h")]
    [InlineData("holdTime: 1e400s")]
    [InlineData("keepaliveTime: -9223372036854775808ns")]
    [InlineData("myASN: 1e400")]
    [InlineData("myASN: .inf")]
    public void ExtremeValues_NeverThrow(string field)
    {
        var yaml = $"apiVersion: metallb.io/v1beta2\nkind: BGPPeer\nmetadata: {{name: p, namespace: metallb-system}}\nspec: {{peerAddress: 192.0.2.1, {field}}}\n";

        Assert.NotEmpty(Hostile.Validate(yaml).Diagnostics);
    }

    [Fact]
    public void GiganticSelector_IsReadAndMatched()
    {
        var labels = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"      k{i}: v{i}\n"));
        var values = string.Join(", ", Enumerable.Range(0, 50_000).Select(i => $"v{i}"));
        var yaml = "apiVersion: metallb.io/v1beta2\nkind: BGPPeer\nmetadata: {name: p, namespace: metallb-system}\nspec:\n  myASN: 64500\n  peerASN: 64501\n  peerAddress: 192.0.2.1\n  nodeSelectors:\n  - matchLabels:\n" + labels
            + $"    matchExpressions:\n    - {{key: k, operator: In, values: [{values}]}}\n"
            + "---\napiVersion: v1\nkind: Node\nmetadata:\n  name: n\n  labels:\n" + labels.Replace("      ", "    ", StringComparison.Ordinal);

        var report = Hostile.Validate(yaml);

        Assert.Equal(2, report.ResourceCount);
    }

    [Fact]
    public void PoolOf100000Entries_IsValidatedWithOverlapsFound()
    {
        var input = GeneratedStream.Of(Entries());

        var report = Hostile.Validate(input);

        Assert.Single(report.For("MLB0104"));

        static IEnumerable<string> Entries()
        {
            yield return Pool + "spec:\n  addresses:\n";
            for (var i = 0; i < 100_000; i++)
            {
                yield return $"  - 10.{i >> 16}.{(i >> 8) & 0xFF}.{i & 0xFF}/32\n";
            }

            yield return "  - 10.0.0.7-10.0.0.7\n";
        }
    }
}
