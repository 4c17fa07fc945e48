using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Rules.Communities;

public class CommunityRulesTests
{
    private static string Aliases(string name, params (string Name, string Value)[] aliases) => $"""
        apiVersion: metallb.io/v1beta1
        kind: Community
        metadata:
          name: {name}
          namespace: metallb-system
        spec:
          communities:
        {string.Join("\n", aliases.Select(a => $"  - name: \"{a.Name}\"\n    value: \"{a.Value}\""))}
        ---

        """;

    private static string Ad(params string[] communities) => $"""
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata:
          name: ad
          namespace: metallb-system
        spec:
          communities:
        {string.Join("\n", communities.Select(c => $"  - \"{c}\""))}
        ---

        """;

    [Theory]
    [InlineData("1234")]
    [InlineData("65536:1")]
    [InlineData("larg:1:2:3")]
    [InlineData("large:1:x:3")]
    [InlineData("1:2:3")]
    public void MLB0600_BadAliasValue_FiresAtTheValue(string value) =>
        Assert.Equal("spec.communities[0].value", Check.Single(Aliases("c", ("a", value)), "MLB0600").Path);

    [Theory]
    [InlineData("65535:0")]
    [InlineData("large:4294967295:0:1")]
    public void MLB0600_ValidAliasValue_Silent(string value) => Check.None(Aliases("c", ("a", value)), "MLB0600");

    [Fact]
    public void MLB0601_AliasInTwoCommunities_Fires() =>
        Check.Single(Aliases("c1", ("gold", "64512:1")) + Aliases("c2", ("gold", "64512:1")), "MLB0601");

    [Fact]
    public void MLB0601_AliasTwiceInOneCommunity_Fires() =>
        Assert.Equal("spec.communities[1].name", Check.Single(Aliases("c1", ("gold", "64512:1"), ("gold", "64512:2")), "MLB0601").Path);

    [Fact]
    public void MLB0601_DistinctAliases_Silent() => Check.None(Aliases("c1", ("gold", "64512:1")) + Aliases("c2", ("silver", "64512:2")), "MLB0601");

    [Fact]
    public void MLB0602_AliasNamedLikeAnotherLiteral_Warns() =>
        Assert.Equal(DiagnosticSeverity.Warning, Check.Single(Aliases("c", ("1:1", "64512:100")), "MLB0602").Severity);

    [Fact]
    public void MLB0602_AliasNamedLikeItsOwnValue_Silent() => Check.None(Aliases("c", ("64512:100", "64512:100"), ("gold", "1:1")), "MLB0602");

    [Theory]
    [InlineData("99999999:1")]
    [InlineData("large:1:2")]
    [InlineData("no-export:x")]
    public void MLB0603_BadLiteral_Fires(string community) => Check.Single(Ad(community), "MLB0603");

    [Fact]
    public void MLB0603_AliasWithColon_Silent() => Check.None(Aliases("c", ("team:gold", "64512:1")) + Ad("team:gold", "65535:65281"), "MLB0603");

    [Fact]
    public void MLB0604_UnknownAlias_Fires()
    {
        var finding = Check.Single(Aliases("c", ("gold", "64512:1")) + Ad("silver"), "MLB0604");
        Assert.Equal("spec.communities[0]", finding.Path);
        Assert.Contains("no Community given defines it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0604_NoCommunitiesGiven_SaysSo() =>
        Assert.Contains("no Community objects were given", Check.Single(Ad("1234"), "MLB0604").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB0604_KnownAlias_Silent() => Check.None(Aliases("c", ("gold", "64512:1")) + Ad("gold"), "MLB0604");

    [Fact]
    public void MLB0605_RepeatedCommunity_Fires() => Assert.Equal("spec.communities[1]", Check.Single(Ad("1234:5678", "1234:5678"), "MLB0605").Path);

    [Fact]
    public void MLB0605_DistinctCommunities_Silent() => Check.None(Ad("1234:5678", "1234:5679"), "MLB0605");

    [Fact]
    public void MLB0606_SixtyFourCommunities_Fires() =>
        Check.Single(Ad(Enumerable.Range(1, 64).Select(i => $"64512:{i}").ToArray()), "MLB0606");

    [Fact]
    public void MLB0606_SixtyThreeCommunities_Silent() =>
        Check.None(Ad(Enumerable.Range(1, 63).Select(i => $"64512:{i}").ToArray()), "MLB0606");
}
