using FsCheck.Xunit;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Tests.Model.Values;

public class CommunityValueTests
{
    [Theory]
    [InlineData("12345:12345", CommunityKind.Legacy)]
    [InlineData("0:0", CommunityKind.Legacy)]
    [InlineData("large:12345:12345:12345", CommunityKind.Large)]
    public void TryParse_Valid_Parses(string text, CommunityKind kind)
    {
        Assert.True(CommunityValue.TryParse(text, out var value, out var problem, out _));
        Assert.Equal(kind, value.Kind);
        Assert.Equal(CommunityProblem.None, problem);
    }

    [Theory]
    [InlineData("12345", CommunityProblem.Format, null)]
    [InlineData("12345:12345:12345", CommunityProblem.Format, null)]
    [InlineData("larg:12345:12345:12345", CommunityProblem.LargeMarker, "larg")]
    [InlineData("large:12345:wrong:12345", CommunityProblem.LargeSection, "wrong")]
    [InlineData("99999999:1", CommunityProblem.LegacySection, "99999999")]
    [InlineData("1:-1", CommunityProblem.LegacySection, "-1")]
    [InlineData("+1:1", CommunityProblem.LegacySection, "+1")]
    [InlineData(":1", CommunityProblem.LegacySection, "")]
    [InlineData("large:1:2:4294967296", CommunityProblem.LargeSection, "4294967296")]
    public void TryParse_Invalid_SaysWhy(string text, CommunityProblem expected, string? section)
    {
        Assert.False(CommunityValue.TryParse(text, out _, out var problem, out var bad));
        Assert.Equal(expected, problem);
        Assert.Equal(section, bad);
    }

    [Property]
    public bool Legacy_RoundTrips(ushort high, ushort low) =>
        CommunityValue.TryParse($"{high}:{low}", out var value, out _, out _) && value.ToString() == $"{high}:{low}";

    [Property]
    public bool Large_RoundTrips(uint a, uint b, uint c) =>
        CommunityValue.TryParse($"large:{a}:{b}:{c}", out var value, out _, out _) && value.ToString() == $"large:{a}:{b}:{c}";
}
