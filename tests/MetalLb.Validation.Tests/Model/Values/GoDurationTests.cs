using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Tests.Model.Values;

public class GoDurationTests
{
    [Theory]
    [InlineData("90s", 90_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("300ms", 300)]
    [InlineData("1.5s", 1_500)]
    [InlineData("0", 0)]
    [InlineData("0s", 0)]
    [InlineData("3m0s", 180_000)]
    [InlineData("-2s", -2_000)]
    [InlineData("1h", 3_600_000)]
    public void Parses(string text, long milliseconds)
    {
        Assert.True(GoDuration.TryParse(text, out var value));
        Assert.Equal(milliseconds, (long)value.TotalMilliseconds);
    }

    [Theory]
    [InlineData("90")]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("1d")]
    [InlineData("1.2.3s")]
    [InlineData("ninety seconds")]
    [InlineData("99999999999999999999999h")]
    [InlineData("79228162514264337593543950335h")]
    [InlineData("2562048h1h")]
    public void Rejects(string text) => Assert.False(GoDuration.TryParse(text, out _));
}
