using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Rules.Pools;

public class PoolOverlapRuleTests
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

    /// <summary>The sweep flags exactly the entries a brute-force pairwise comparison finds overlapping an earlier-sorted one.</summary>
    [Property(MaxTest = 200)]
    public Property Sweep_AgreesWithBruteForce()
    {
        var range = Gen.Choose(0, 255).Two().Select(t => t.Item1 <= t.Item2 ? (t.Item1, t.Item2) : (t.Item2, t.Item1));
        return Prop.ForAll(range.ListOf().Where(l => l.Count > 0 && l.Count < 12).ToArbitrary(), ranges =>
        {
            var yaml = Check.Pool("p", ranges.Select(r => $"10.0.0.{r.Item1}-10.0.0.{r.Item2}").ToArray());
            var flagged = Check.Findings(yaml, "MLB0104").Count;
            var anyOverlap = ranges.SelectMany((a, i) => ranges.Skip(i + 1), (a, b) => (a, b)).Any(p => p.a.Item1 <= p.b.Item2 && p.b.Item1 <= p.a.Item2);
            return (flagged > 0) == anyOverlap && flagged <= ranges.Count - 1;
        });
    }

    [Fact]
    public void DuplicateName_MLB0105_FiresOnTheSecond()
    {
        var finding = Check.Single(Check.Pool("a", "10.0.0.0/24") + Check.Pool("a", "10.0.1.0/24"), "MLB0105");

        Assert.Equal(8, ConfigurationLoader.LoadText(Check.Pool("a", "10.0.0.0/24")).Pools[0].Locate("spec.addresses[0]").Line);
        Assert.True(finding.Location.Line > 8);
    }

    [Fact]
    public void DistinctNames_MLB0105_Silent() => Check.None(Check.Pool("a", "10.0.0.0/24") + Check.Pool("b", "10.0.1.0/24"), "MLB0105");
}
