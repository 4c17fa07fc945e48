using System.Text;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Loading.Parallel;

namespace MetalLb.Validation.Tests.Loading.Parallel;

/// <summary>
/// Each edge case of cutting a stream at its <c>---</c> lines, read sequentially and in parallel: the findings (with
/// their positions), the objects and the per-source counts must be the same.
/// </summary>
public class ParallelReadingTests
{
    private static string Pools(int count, int from = 0) => string.Concat(Enumerable.Range(from, count).Select(i =>
        $"---\napiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata:\n  name: p{i}\n  namespace: metallb-system\nspec:\n  addresses:\n  - 10.{i / 250}.{i % 250}.0/24\n"));

    /// <summary>Pools before and after <paramref name="middle"/>, so a cut falls right after it.</summary>
    private static string Around(string middle) => Pools(6) + middle + Pools(6, 6);

    private static void AssertSameAndCut(string text, LoadLimits? limits = null)
    {
        Assert.True(DocumentSplitter.Split(text, 4).Count > 1, "the text is cut");
        ParallelLoads.AssertSame(text, limits);
        ParallelLoads.AssertSame(text, limits, pieces: 16);
    }

    [Fact]
    public void ManyDocuments_GiveTheSameObjectsAndPositions()
    {
        var text = Pools(40) + "---\napiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: p3, namespace: metallb-system}\nspec: {addresses: [10.0.3.0/24]}\n";
        AssertSameAndCut(text);

        // Findings from the last chunk, at the source's lines.
        var lines = System.Text.RegularExpressions.Regex.Matches(ParallelLoads.Text(text, ParallelLoads.Forced()), "\"line\":([0-9]+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(lines, line => line > 360);
    }

    [Theory]
    [InlineData("---\na: \"open\n")] // a double-quoted scalar the marker cuts: an error where the marker stands
    [InlineData("---\na: 'open\n")]
    [InlineData("---\na: [1, 2\n")] // a flow collection the marker cuts
    [InlineData("---\na: {b: 1\n")]
    [InlineData("---\na: 1\nb\n")] // a simple key without its colon
    [InlineData("---\n- a\nb: 1\n")] // a syntax error in a middle chunk
    public void ACutThatLeavesSomethingOpen_IsReadAgainSequentially(string middle) => AssertSameAndCut(Around(middle));

    [Theory]
    [InlineData("---\na: plain\n  multi-line\n")] // a plain scalar the marker ends
    [InlineData("---\na plain\nroot scalar\n")]
    [InlineData("---\n\"a quoted\nroot scalar\"\n")]
    [InlineData("---\na: |\n  ---\n  indented markers are text\n")]
    [InlineData("---\n# only a comment\n")]
    [InlineData("---\n")] // an empty document
    [InlineData("--- # a comment after the marker\nk: v\n")]
    [InlineData("---\na: &x {password: s3cret}\nb: *x\n")] // anchors and aliases (and a shared secret) stay in their document
    [InlineData("---\na: 1\na: 2\n")] // a duplicate key, reported when its document ends
    public void DocumentsThatEndAtTheMarker_AreCutThere(string middle) => AssertSameAndCut(Around(middle));

    [Fact]
    public void CrLfLineBreaks() => AssertSameAndCut(Around("---\na: \"x\n").Replace("\n", "\r\n", StringComparison.Ordinal));

    [Fact]
    public void AMarkerAtTheEndOfTheText() => AssertSameAndCut(Pools(12) + "---");

    [Theory]
    [InlineData("--- |\n  literal\n  text\n")] // a top-level block scalar, indented
    [InlineData("--- |\nat column zero\n")] // at indentation 0, YamlDotNet reads the next marker line as its text
    [InlineData("--- >-\n  folded\n\n")]
    [InlineData("---\n|\nat column zero\n")]
    [InlineData("---\n>\nat column zero\n")]
    [InlineData("---\n!!str |\nat column zero\n")]
    [InlineData("---\n&a |\nat column zero\n")]
    [InlineData("--- !!str\n|\nat column zero\n")]
    [InlineData("%YAML 1.2\n---\nk: v\n")]
    [InlineData("---\nk: v\n...\n%TAG !e! tag:example.com,2000:\n--- !e!x\nk: v\n")]
    [InlineData("...\n")]
    public void TopLevelBlockScalarsDirectivesAndEndMarkers_AreReadSequentially(string middle)
    {
        var text = Around(middle);
        Assert.Single(DocumentSplitter.Split(text, 4));
        ParallelLoads.AssertSame(text);
    }

    [Fact]
    public void ByteOrderMarks_AreDecodedBeforeTheCut()
    {
        var text = Around("---\na: \"x\n");
        foreach (var encoding in new Encoding[] { new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32 })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
            Assert.Equal(ParallelLoads.Bytes(bytes, ParallelReading.Off), ParallelLoads.Bytes(bytes, ParallelLoads.Forced()));
        }
    }

    [Fact]
    public void TheDepthLimit_InAMiddleChunk() =>
        AssertSameAndCut(Around("---\na: [[[[[[[[[[1]]]]]]]]]]\n"), new LoadLimits { MaxDepth = 6 });

    [Fact]
    public void TheScalarLimit_InAMiddleChunk() =>
        AssertSameAndCut(Around($"---\na: {new string('x', 300)}\n"), new LoadLimits { MaxScalarLength = 200 });

    [Fact]
    public void TheNodeLimit_InAMiddleChunk() =>
        AssertSameAndCut(Around("---\na: &a [1, 2, 3, 4]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n"), new LoadLimits { MaxNodesPerDocument = 40 });

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(12)]
    public void TheDocumentLimit_ReachedInAnyChunk(int documents) =>
        AssertSameAndCut(Around($"---\na: {new string('x', 300)}\n"), new LoadLimits { MaxDocuments = documents, MaxScalarLength = 200 });

    [Fact]
    public void TheCharacterLimit_ReadsSequentially()
    {
        var text = Pools(12);
        ParallelLoads.AssertSame(text, new LoadLimits { MaxCharactersPerSource = text.Length / 2 });
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })] // a character the end cuts short
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded surrogate
    public void InvalidUtf8_InALaterChunk_StopsWhereTheSequentialReadStops(byte[] invalid)
    {
        var text = Pools(12);
        foreach (var at in new[] { text.Length * 3 / 4, text.IndexOf("---", text.Length * 3 / 4, StringComparison.Ordinal), text.Length })
        {
            var bytes = Encoding.UTF8.GetBytes(text[..at]).Concat(invalid).Concat(Encoding.UTF8.GetBytes(text[at..])).ToArray();
            var sequential = ParallelLoads.Bytes(bytes, ParallelReading.Off);
            Assert.Contains("MLB0007", sequential, StringComparison.Ordinal);
            Assert.Equal(sequential, ParallelLoads.Bytes(bytes, ParallelLoads.Forced()));
        }
    }

    [Fact]
    public void Cancellation_StopsAParallelRead()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var loader = new ConfigurationLoader(null, ParallelLoads.Forced());
        Assert.Throws<OperationCanceledException>(() => loader.AddText(Pools(20), "in.yaml", cancel.Token));
    }

    [Fact]
    public void SmallSources_AreNotCut_ByDefault() => Assert.False(ParallelReading.Default.Applies(Pools(20).Length));

    [Fact]
    public void ALargeSource_IsReadInParallel_ByDefault_AsSequentially()
    {
        var text = Pools(9000) + "---\na: \"open\n" + Pools(10, 9000);
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.True(ParallelReading.Default.Applies(text.Length) || Environment.ProcessorCount == 1);
        Assert.Equal(ParallelLoads.Bytes(bytes, ParallelReading.Off), ParallelLoads.Bytes(bytes, ParallelReading.Default));
    }
}
