using MetalLb.Validation.Loading.Decoding;

namespace MetalLb.Validation.Tests.Loading.Decoding;

public class TextPositionCounterTests
{
    [Theory]
    [InlineData(new[] { "" }, 1, 1, 0)]
    [InlineData(new[] { "abc" }, 1, 4, 3)]
    [InlineData(new[] { "a\nbc" }, 2, 3, 4)]
    [InlineData(new[] { "a\r\nb" }, 2, 2, 4)]
    [InlineData(new[] { "a\r", "\nb" }, 2, 2, 4)]
    [InlineData(new[] { "a\r", "", "\nb" }, 2, 2, 4)]
    [InlineData(new[] { "a\r", "b\nc" }, 3, 2, 5)]
    [InlineData(new[] { "a\r\r\n\n" }, 4, 1, 5)]
    [InlineData(new[] { "a\u0085b\u2028c\u2029d" }, 4, 2, 7)]
    [InlineData(new[] { "😀x" }, 1, 4, 3)]
    public void Advance_CountsAsYamlDotNetDoes(string[] blocks, long line, long column, long characters)
    {
        var counter = new TextPositionCounter();

        foreach (var block in blocks)
        {
            counter.Advance(block);
        }

        Assert.Equal((line, column, characters), (counter.Line, counter.Column, counter.Characters));
    }
}
