using MetalLb.Validation.Loading.Parallel;

namespace MetalLb.Validation.Tests.Loading.Parallel;

public class DocumentSplitterTests
{
    private static string Documents(int count, string separator = "---\n") =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"{separator}a{i}: {i}\nb: x\n"));

    [Fact]
    public void Chunks_StartAtDocumentMarkerLines_AndCoverTheText()
    {
        var text = "first: 0\n" + Documents(20);
        var chunks = DocumentSplitter.Split(text, 4);

        Assert.Equal(4, chunks.Count);
        Assert.Equal(0, chunks[0].Start);
        Assert.Equal(text.Length, chunks.Sum(c => c.Length));
        Assert.All(chunks.Skip(1), c => Assert.StartsWith("---\n", text[c.Start..], StringComparison.Ordinal));
        Assert.All(chunks.Zip(chunks.Skip(1)), p => Assert.Equal(p.First.Start + p.First.Length, p.Second.Start));
    }

    [Fact]
    public void LineOffsets_CountTheLinesBeforeEachChunk_WithCrLfAndLoneCr()
    {
        var text = "a: 1\r\nb: |\r  x\r" + Documents(12).Replace("\n", "\r\n", StringComparison.Ordinal);
        foreach (var chunk in DocumentSplitter.Split(text, 3).Skip(1))
        {
            var before = text[..chunk.Start];
            var crLf = before.Split("\r\n").Length - 1;
            var lone = before.Replace("\r\n", string.Empty, StringComparison.Ordinal).Count(c => c is '\r' or '\n');
            Assert.Equal(crLf + lone, chunk.LineOffset);
        }
    }

    [Theory]
    [InlineData("----\n")] // four dashes: a plain scalar
    [InlineData("---x\n")] // no blank after the marker: a plain scalar
    [InlineData(" ---\n")] // not at column 0
    [InlineData("\t---\n")]
    public void NotMarkers_AreNotCutAt(string line)
    {
        var text = "a: 1\n" + string.Concat(Enumerable.Repeat("k: v\n" + line, 10));
        Assert.Single(DocumentSplitter.Split(text, 4));
    }

    [Theory]
    [InlineData("--- \n")]
    [InlineData("---\t# comment\n")]
    [InlineData("---\r\n")]
    public void Markers_FollowedByABlankOrLineBreak_AreCutAt(string line)
    {
        var text = "a: 1\n" + string.Concat(Enumerable.Repeat(line + "  k: v\n", 10));
        Assert.True(DocumentSplitter.Split(text, 4).Count > 1);
    }

    [Fact]
    public void AMarkerAtTheVeryEnd_IsADocumentStart()
    {
        var text = Documents(8) + "---";
        Assert.Equal(text.Length - 3, DocumentSplitter.NextDocumentStart(text, text.Length - 5));
    }

    [Theory]
    [InlineData("%YAML 1.2\n")] // a directive applies to the document after it
    [InlineData("%TAG !e! tag:example.com,2000:\n")]
    [InlineData("...\n")] // after a document-end marker, directives may follow
    [InlineData("... # end\n")]
    [InlineData("\ufeff# a byte order mark inside the stream\n")]
    [InlineData("a: x\u0085b: y\n")] // NEL, LS and PS start lines for YamlDotNet
    [InlineData("a: x\u2028b: y\n")]
    [InlineData("a: x\u2029b: y\n")]
    [InlineData("a: 1\r%YAML 1.2\n")] // a directive after a lone CR
    [InlineData("--- |\ntext\n")] // a top-level block scalar (YamlDotNet reads a column-0 one past the next marker)
    [InlineData("--- !!str\n")]
    [InlineData("|\ntext\n")]
    [InlineData(">\ntext\n")]
    [InlineData("!!str |\ntext\n")]
    [InlineData("&a |\ntext\n")]
    public void SourcesWithDirectivesEndMarkersBomsOrOtherLineBreaks_AreNotCut(string somewhere)
    {
        var text = Documents(10) + somewhere + Documents(10);
        Assert.False(DocumentSplitter.CanSplit(text));
        Assert.Single(DocumentSplitter.Split(text, 4));
    }

    [Fact]
    public void ASourceWithoutMarkers_IsOneChunk()
    {
        var chunk = Assert.Single(DocumentSplitter.Split(string.Concat(Enumerable.Repeat("k: v\n", 100)), 8));
        Assert.Equal(new TextChunk(0, 500, 0), chunk);
    }

    [Fact]
    public void NoMoreChunksThanMarkers()
    {
        var text = "a: 1\n" + new string('#', 1000) + "\n---\nb: 2\n";
        Assert.Equal(2, DocumentSplitter.Split(text, 8).Count);
    }
}
