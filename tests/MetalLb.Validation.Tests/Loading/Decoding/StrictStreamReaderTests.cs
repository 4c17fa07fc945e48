using System.Text;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model;

namespace MetalLb.Validation.Tests.Loading.Decoding;

/// <summary>Bytes that are not text: the finding points at the first bad byte, and every document before it is modelled.</summary>
public class StrictStreamReaderTests
{
    private const int BlockSize = 64 * 1024;

    private const string OneLinePool =
        "{apiVersion: metallb.io/v1beta1, kind: IPAddressPool, metadata: {name: a, namespace: metallb-system}, spec: {addresses: [10.0.0.0/24]}}\n";

    [Theory]
    [InlineData("", "FF", "a: b\n", 1, 1)]
    [InlineData("a: ", "80", "\n", 1, 4)]
    [InlineData("a: caf", "E9", " au lait\n", 1, 7)]
    [InlineData("a: b\nc: ", "E228", "\n", 2, 4)]
    [InlineData("a: b\nc: ", "E282", "", 2, 4)]
    [InlineData("a: b\nc: x", "F09F98", "", 2, 5)]
    [InlineData("a: ", "C0AF", "\n", 1, 4)]
    [InlineData("a: ", "E080AF", "\n", 1, 4)]
    [InlineData("a: ", "EDA080", "\n", 1, 4)]
    [InlineData("a: ", "EDBFBF", "\n", 1, 4)]
    [InlineData("a: ", "F4908080", "\n", 1, 4)]
    [InlineData("a: ", "F5808080", "\n", 1, 4)]
    [InlineData("a: é😀中 ", "FF", "\n", 1, 9)]
    [InlineData("a: b\r\nc: ", "FF", "", 2, 4)]
    [InlineData("a: b\rc: ", "FF", "", 2, 4)]
    [InlineData("a: b\r\n\r\n\nc: ", "FF", "", 4, 4)]
    [InlineData("a: b\u2028c: ", "FF", "", 2, 4)]
    [InlineData("\uFEFFa: ", "FF", "", 1, 4)]
    [InlineData("\uFEFFa: b\nc: ", "FF", "", 2, 4)]
    public void InvalidUtf8_IsReportedAtTheFirstBadByte(string before, string badHex, string after, int line, int column)
    {
        var set = Load(Utf8(before), Convert.FromHexString(badHex), Utf8(after));

        var finding = Unreadable(set);
        Assert.Equal((line, column), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("not valid UTF-8", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0x", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreeThousandPools_ThenABadByte_AllAreModelled()
    {
        var pools = string.Concat(Enumerable.Range(0, 3_000).Select(i => Check.Pool($"p{i}", $"10.{i / 256}.{i % 256}.0/24")));

        var set = Load(Utf8(pools), [0xFF], Utf8("\n"));

        Assert.Equal(3_000, set.Pools.Count);
        var finding = Unreadable(set);
        Assert.Equal((pools.Count(c => c == '\n') + 1, 1), (finding.Location.Line, finding.Location.Column));
        Assert.Equal(new SourceDocumentCount("bad.yaml", 3_000, 3_000, 0, 0, 0, Unread: true), set.Sources.Single());
    }

    [Fact]
    public void FourLines_BadByteOnLine3_TheFirstDocumentIsModelled()
    {
        var set = Load(Utf8(OneLinePool + "---\nkind: caf"), [0xE9], Utf8("\nx: y\n"));

        var finding = Unreadable(set);
        Assert.Equal((3, 10), (finding.Location.Line, finding.Location.Column));
        Assert.Equal("a", Assert.Single(set.Pools).Metadata.Name);
    }

    [Fact]
    public void Message_SaysWhereReadingStopped_AndWhatWasNotRead()
    {
        var set = Load(Utf8(OneLinePool + "---\nkind: caf"), [0xE9], Utf8("\nx: y\n"));

        var message = Unreadable(set).Message;
        Assert.Contains("a byte at byte offset", message, StringComparison.Ordinal);
        Assert.DoesNotContain("0x", message, StringComparison.Ordinal);
        Assert.Contains($"offset {Utf8(OneLinePool).Length + 13}", message, StringComparison.Ordinal);
        Assert.Contains("reading stopped here", message, StringComparison.Ordinal);
        Assert.Contains("the document that starts at line 3", message, StringComparison.Ordinal);
        Assert.Contains("the rest of the source (7 bytes)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadByteAfterAnExplicitDocumentEnd_NoDocumentIsCut()
    {
        var set = Load(Utf8(OneLinePool + "...\n"), [0xFF, 0xFF]);

        var finding = Unreadable(set);
        Assert.Equal((3, 1), (finding.Location.Line, finding.Location.Column));
        Assert.Single(set.Pools);
        Assert.DoesNotContain("document that starts", finding.Message, StringComparison.Ordinal);
        Assert.Contains("the rest of the source (2 bytes)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadByteInsideTheLastDocument_OnlyThatDocumentIsNotModelled()
    {
        var text = Check.Pool("a", "10.0.0.0/24") + Check.Pool("b", "10.0.1.0/24").Replace("name: b\n", "name: \"b\"\n", StringComparison.Ordinal);
        var cut = text.IndexOf("name: \"b", StringComparison.Ordinal) + 8;

        var set = Load(Utf8(text[..cut]), [0xFF], Utf8(text[cut..]));

        Assert.Equal("a", Assert.Single(set.Pools).Metadata.Name);
        var finding = Unreadable(set);
        Assert.Equal((13, 11), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("the document that starts at line 10", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(set.LoadDiagnostics, d => d.RuleId == "MLB0001");
    }

    [Fact]
    public void DocumentMarkerRightBeforeTheBadByte_DoesNotEndTheDocument()
    {
        // "---" followed by a byte that is not a blank is not a marker, so the first document is not known to be complete.
        var set = Load(Utf8(OneLinePool + "---"), [0xFF]);

        Assert.Empty(set.Pools);
        Assert.Equal((2, 4), (Unreadable(set).Location.Line, Unreadable(set).Location.Column));
    }

    [Fact]
    public void NonSeekableStream_IsReportedTheSame()
    {
        var bytes = (byte[])[.. Utf8(OneLinePool + "---\nkind: "), 0xC3, 0x28];

        var set = new ConfigurationLoader().AddStream(new NonSeekableStream(bytes), "bad.yaml").Build();

        Assert.Single(set.Pools);
        var finding = Unreadable(set);
        Assert.Equal((3, 7), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("the rest of the source", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16WithBom_IsRead()
    {
        var set = Load(Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes(OneLinePool));

        Assert.Single(set.Pools);
        Assert.Empty(set.LoadDiagnostics);
    }

    [Fact]
    public void Utf16BigEndianAndUtf32WithBom_AreRead()
    {
        var utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: true);
        var set = new ConfigurationLoader()
            .AddStream(new MemoryStream([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(OneLinePool)]), "be16.yaml")
            .AddStream(new MemoryStream([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(OneLinePool.Replace("name: a", "name: b", StringComparison.Ordinal))]), "le32.yaml")
            .AddStream(new MemoryStream([.. utf32BigEndian.GetPreamble(), .. utf32BigEndian.GetBytes(OneLinePool.Replace("name: a", "name: c", StringComparison.Ordinal))]), "be32.yaml")
            .Build();

        Assert.Equal(["a", "b", "c"], set.Pools.Select(p => p.Metadata.Name));
        Assert.Empty(set.LoadDiagnostics);
    }

    [Fact]
    public void Utf16_UnpairedSurrogate_IsReportedAtItsPosition()
    {
        var set = Load(Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes(OneLinePool + "---\nc: x"), [0x00, 0xD8], Encoding.Unicode.GetBytes("y\n"));

        var finding = Unreadable(set);
        Assert.Equal((3, 5), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("UTF-16", finding.Message, StringComparison.Ordinal);
        Assert.Single(set.Pools);
    }

    [Fact]
    public void Utf16_OddLength_IsReportedAtTheEnd()
    {
        var set = Load(Encoding.BigEndianUnicode.GetPreamble(), Encoding.BigEndianUnicode.GetBytes(OneLinePool + "---\nc: x"), [0x00]);

        Assert.Equal((3, 5), (Unreadable(set).Location.Line, Unreadable(set).Location.Column));
        Assert.Single(set.Pools);
    }

    [Fact]
    public void Utf32_CodePointBeyondUnicode_IsReportedAtItsPosition()
    {
        var set = Load(Encoding.UTF32.GetPreamble(), Encoding.UTF32.GetBytes(OneLinePool + "---\nc: "), [0x00, 0x00, 0x11, 0x00]);

        Assert.Equal((3, 4), (Unreadable(set).Location.Line, Unreadable(set).Location.Column));
        Assert.Single(set.Pools);
    }

    [Fact]
    public void ValidUtf8_AcrossManyBuffers_HasNoFinding()
    {
        var text = string.Concat(Enumerable.Range(0, 2_000).Select(i => Check.Pool($"p{i}", "10.0.0.0/24").Replace("metadata:", "metadata:\n  annotations: {n: \"é😀中\"}", StringComparison.Ordinal)));

        var set = Load(Utf8(text));

        Assert.Equal(2_000, set.Pools.Count);
        Assert.DoesNotContain(set.LoadDiagnostics, d => d.RuleId == "MLB0007");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("é\n")]
    [InlineData("😀\n")]
    public void LineBreakOrCharacterSplitBetweenBlocks_KeepsThePositionExact(string split)
    {
        // The reader decodes 64 KiB at a time: the split text's first byte is the last of the first block.
        const string Head = "a: b\n#";
        var text = Head + new string('x', BlockSize - 1 - Head.Length) + split + "c: ";

        var set = Load(Utf8(text), [0xFF]);

        Assert.Equal((3, 4), (Unreadable(set).Location.Line, Unreadable(set).Location.Column));
    }

    [Fact]
    public void InvalidSequenceSplitBetweenBlocks_IsReportedAtItsFirstByte()
    {
        const string Head = "a: b\n#";
        var before = Head + new string('x', BlockSize - 2 - Head.Length);

        var set = Load(Utf8(before), [0xE2, 0x82], Utf8("x\n"));

        var finding = Unreadable(set);
        Assert.Equal((2, BlockSize - 2 - 4), (finding.Location.Line, finding.Location.Column));
        Assert.Contains($"2 bytes at byte offset {BlockSize - 2} ", finding.Message, StringComparison.Ordinal);
    }

    internal static ConfigurationSet Load(params byte[][] parts) =>
        new ConfigurationLoader().AddStream(new MemoryStream([.. parts.SelectMany(p => p)]), "bad.yaml").Build();

    internal static Diagnostic Unreadable(ConfigurationSet set)
    {
        var findings = set.LoadDiagnostics.Where(d => d.RuleId == "MLB0007").ToList();
        Assert.True(findings.Count == 1, $"expected one MLB0007, got:\n{string.Join("\n", set.LoadDiagnostics)}");
        Assert.Equal("bad.yaml", findings[0].Location.File);
        return findings[0];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
