using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Tests.Rules.Pools;

public class PoolOverlapTests
{
    [Fact]
    public void AcrossPools_FiresOnTheLaterEntry_NamingTheEarlierPool()
    {
        var finding = Check.Single(Check.Pool("a", "10.0.0.0/24") + Check.Pool("b", "10.0.0.128/25"), "MLB0104");

        Assert.Equal("IPAddressPool/b", finding.Resource!.ToString());
        Assert.Contains("\"a\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithinOnePool_Fires() =>
        Assert.Contains("same pool", Check.Single(Check.Pool("a", "10.0.0.0/24", "10.0.0.10-10.0.0.20"), "MLB0104").Message, StringComparison.Ordinal);

    [Fact]
    public void EquivalentIpv6Spellings_Overlap() =>
        Check.Single(Check.Pool("a", "2001:db8::/120") + Check.Pool("b", "2001:0db8:0:0::0/120"), "MLB0104");

    [Fact]
    public void AdjacentRanges_Silent() => Check.None(Check.Pool("a", "10.0.0.0-10.0.0.127") + Check.Pool("b", "10.0.0.128/25"), "MLB0104");

    [Fact]
    public void SameNumbersDifferentFamilies_Silent() => Check.None(Check.Pool("a", "0.0.0.0/8") + Check.Pool("b", "::/8"), "MLB0104");

    /// <summary>
    /// The rule flags exactly the entries that share an address with an entry before them in the input (same pool or
    /// another, IPv4 and IPv6), once each: what a brute-force comparison of every pair finds.
    /// </summary>
    [Property(MaxTest = 150)]
    public Property FlaggedEntries_EqualBruteForce()
    {
        return Prop.ForAll(PoolsGen.ToArbitrary(), pools =>
        {
            var yaml = string.Concat(pools.Select((entries, p) => Check.Pool($"p{p}", [.. entries])));
            var flagged = Check.Findings(yaml, "MLB0104").Select(f => $"{f.Resource!.Name} {f.Path}").ToList();

            var all = pools.SelectMany((entries, p) => entries.Select((text, i) => (Key: $"p{p} spec.addresses[{i}]", Entry: PoolAddress.Parse(text, SourceSpan.None)))).ToList();
            var expected = all.Where((e, i) => all.Take(i).Any(earlier => Overlap(earlier.Entry, e.Entry))).Select(e => e.Key).ToList();

            return (flagged.Order().SequenceEqual(expected.Order()))
                .Label($"flagged [{string.Join(", ", flagged)}], expected [{string.Join(", ", expected)}]");
        });
    }

    /// <summary>Pools of entries crowded into a few addresses of each family, so overlaps are common.</summary>
    internal static Gen<List<List<string>>> PoolsGen { get; } =
        Gen.Choose(0, 5).SelectMany(kind => Gen.Choose(0, 63).Two().Select(ab => Entry(kind, ab.Item1, ab.Item2)))
            .ListOf().Where(l => l.Count is > 0 and < 7).Select(l => l.ToList())
            .ListOf().Where(l => l.Count is > 0 and < 5).Select(l => l.ToList());

    private static string Entry(int kind, int a, int b)
    {
        var (lo, hi) = a <= b ? (a, b) : (b, a);
        return kind switch
        {
            0 => $"10.0.0.{a}/{26 + (b % 7)}",
            1 => $"10.0.0.{lo}-10.0.0.{hi}",
            2 => $"fd00::{a:x}/{122 + (b % 7)}",
            3 => $"fd00::{lo:x}-fd00:0::{hi:x}",
            4 => $"10.0.0.{lo} - 10.0.0.{hi}",
            _ => $"2001:db8::{a:x}/128",
        };
    }

    private static bool Overlap(PoolAddress x, PoolAddress y) =>
        x.IsValid && y.IsValid && x.Family == y.Family && x.First <= y.Last && y.First <= x.Last;

    [Fact]
    public void DuplicateName_MLB0012_FiresOnTheSecond()
    {
        var finding = Check.Single(Check.Pool("a", "10.0.0.0/24") + Check.Pool("a", "10.0.1.0/24"), "MLB0012");

        Assert.Equal(8, ConfigurationLoader.LoadText(Check.Pool("a", "10.0.0.0/24")).Pools[0].Locate("spec.addresses[0]").Line);
        Assert.True(finding.Location.Line > 8);
    }

    [Fact]
    public void DistinctNames_MLB0012_Silent() => Check.None(Check.Pool("a", "10.0.0.0/24") + Check.Pool("b", "10.0.1.0/24"), "MLB0012");

    [Fact]
    public void SamePoolDeclaredTwice_IsNotComparedWithItself()
    {
        var report = Check.Yaml(Check.Pool("a", "10.0.0.0/24") + Check.Pool("a", "10.0.0.0/24"));

        Assert.Single(report.For("MLB0012"));
        Assert.Empty(report.For("MLB0104"));
    }
}
