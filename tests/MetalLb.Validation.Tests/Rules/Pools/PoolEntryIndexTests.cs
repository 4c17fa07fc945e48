using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules.Pools;

namespace MetalLb.Validation.Tests.Rules.Pools;

/// <summary>
/// An index that reads the entries kept from an earlier run (pools left out, pools added at the end) answers exactly
/// as one built afresh: every address of a small space, both families, overlaps and input order included.
/// </summary>
public class PoolEntryIndexTests
{
    [Theory]
    [MemberData(nameof(Seeds))]
    public void DerivedIndex_AnswersAsAFreshOne(int seed)
    {
        var random = new Random(seed);
        var kept = Enumerable.Range(0, random.Next(1, 20)).Select(i => RandomPool(random, $"kept-{i}")).ToList();
        _ = PoolEntryIndex.Of(kept);

        // The admission handler's shapes: pools left out (DELETE, UPDATE), pools appended (CREATE, UPDATE).
        var after = kept.Skip(1).Where(_ => random.Next(6) > 0).Prepend(kept[0]).ToList();
        after.AddRange(Enumerable.Range(0, random.Next(0, 4)).Select(i => RandomPool(random, $"added-{i}")));
        var index = PoolEntryIndex.Of(after);
        var fresh = new SortedPoolEntries(PoolEntry.Of(after));

        Assert.True(index.ReusesKeptEntries);
        foreach (var family in new[] { AddressFamily.InterNetwork, AddressFamily.InterNetworkV6 })
        {
            Assert.Equal(fresh.HasOverlap(family), index.HasOverlap(family));
            Assert.Equal(fresh.Sorted(family).ToArray(), index.Sorted(family).ToArray());
        }

        foreach (var address in Space())
        {
            Assert.Equal(fresh.Contains(address), index.Contains(address));
            Assert.Equal(fresh.Containing(address), index.Containing(address));
        }
    }

    [Fact]
    public void ChangedPool_IsSeen_NotTheKeptOne()
    {
        var first = Pool("a", "10.0.0.0/28");
        var second = Pool("b", "10.0.0.32/28");
        _ = PoolEntryIndex.Of([first, second]);

        var moved = PoolEntryIndex.Of([first, Pool("b", "10.0.0.64/28")]);

        Assert.True(moved.ReusesKeptEntries);
        Assert.False(moved.Contains(IPAddress.Parse("10.0.0.40")));
        Assert.True(moved.Contains(IPAddress.Parse("10.0.0.70")));
        var entry = Assert.Single(moved.Containing(IPAddress.Parse("10.0.0.70")));
        Assert.Equal(1, entry.Order);
    }

    [Fact]
    public void SamePoolTwice_OneLeftOut_IsBuiltAfresh()
    {
        var shared = Pool("a", "10.0.0.0/28");
        var other = Pool("b", "10.0.0.32/28");
        _ = PoolEntryIndex.Of([shared, other, shared]);

        var index = PoolEntryIndex.Of([shared, other]);

        Assert.False(index.ReusesKeptEntries);
        Assert.True(index.Contains(IPAddress.Parse("10.0.0.1")));
    }

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 60; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    // Short entries inside 10.0.0.0/24 and fd00::/120: some seeds overlap, most do not; some entries are invalid.
    private static IpAddressPool RandomPool(Random random, string name) =>
        Pool(name, [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomEntry(random))]);

    private static string RandomEntry(Random random)
    {
        var start = random.Next(256);
        var end = Math.Min(255, start + random.Next(4));
        return random.Next(10) switch
        {
            0 => "not-an-address",
            < 5 => $"10.0.0.{start}-10.0.0.{end}",
            < 7 => $"10.0.0.{start & ~3}/30",
            _ => $"fd00::{start:x}-fd00::{end:x}",
        };
    }

    private static IEnumerable<IPAddress> Space() =>
        Enumerable.Range(0, 256).Select(i => IPAddress.Parse($"10.0.0.{i}"))
            .Concat(Enumerable.Range(0, 258).Select(i => IPAddress.Parse($"fd00::{i:x}")));

    private static IpAddressPool Pool(string name, params string[] addresses) =>
        new() { Metadata = new ObjectMeta(name, "metallb-system"), Addresses = [.. addresses.Select(a => (PoolAddress)a)] };
}
