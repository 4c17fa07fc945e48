using System.Net;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Tests.Model.Values;

public class PoolAddressTests
{
    [Theory]
    [InlineData("10.0.0.0/24", PoolAddressProblem.None)]
    [InlineData("10.0.0.10-10.0.0.20", PoolAddressProblem.None)]
    [InlineData("10.0.0.10 - 10.0.0.20", PoolAddressProblem.None)]
    [InlineData(" 10.0.0.0/8", PoolAddressProblem.InvalidCidr)]
    [InlineData("10.0.0.0/33", PoolAddressProblem.InvalidCidr)]
    [InlineData("10.0.0.0", PoolAddressProblem.InvalidCidr)]
    [InlineData("10.0.0.x-10.0.0.2", PoolAddressProblem.InvalidRangeStart)]
    [InlineData("10.0.0.1-", PoolAddressProblem.InvalidRangeEnd)]
    [InlineData("10.0.0.20-10.0.0.10", PoolAddressProblem.StartAfterEnd)]
    [InlineData("10.0.0.1-2001:db8::1", PoolAddressProblem.MixedFamilies)]
    [InlineData("2001:db8::1-10.0.0.1", PoolAddressProblem.StartAfterEnd)]
    [InlineData("2001:db8::/64", PoolAddressProblem.None)]
    public void Parse_ClassifiesLikeMetalLb(string text, PoolAddressProblem expected) =>
        Assert.Equal(expected, PoolAddress.Parse(text, SourceSpan.None).Problem);

    [Fact]
    public void Range_SummarisesToAlignedPrefixes()
    {
        var entry = PoolAddress.Parse("1.1.1.1-1.1.1.255", SourceSpan.None);

        Assert.Equal(25, entry.WidestPrefixLength);
        Assert.Equal("1.1.1.1/32", entry.ToCidrs().First().ToString());
        Assert.Equal(8, entry.ToCidrs().Count());
    }

    [Fact]
    public void CidrWithHostBits_CoversTheWholeNetwork()
    {
        var entry = PoolAddress.Parse("10.0.0.5/24", SourceSpan.None);

        Assert.True(entry.HasHostBits);
        Assert.Equal((UInt128)256, entry.Size);
        Assert.True(entry.Contains(IPAddress.Parse("10.0.0.200")));
    }

    [Property]
    public bool Summary_CoversExactlyTheRange(uint a, uint b)
    {
        var (first, last) = a <= b ? (a, b) : (b, a);
        var text = $"{IpMath.ToAddress(first, System.Net.Sockets.AddressFamily.InterNetwork)}-{IpMath.ToAddress(last, System.Net.Sockets.AddressFamily.InterNetwork)}";
        var entry = PoolAddress.Parse(text, SourceSpan.None);

        UInt128 expectedNext = first;
        foreach (var (start, length) in IpMath.Summarize(entry.First, entry.Last, entry.Family))
        {
            var size = (UInt128)1 << (32 - length);
            if (start != expectedNext || start % size != 0)
            {
                return false;
            }

            expectedNext = start + size;
        }

        return expectedNext == (UInt128)last + 1;
    }

    [Property]
    public Property Ipv4Cidr_RoundTripsThroughIntegers()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<uint>(), Gen.Choose(0, 32).ToArbitrary(), (address, length) =>
        {
            var ip = IpMath.ToAddress(address, System.Net.Sockets.AddressFamily.InterNetwork);
            var entry = PoolAddress.Parse($"{ip}/{length}", SourceSpan.None);
            return entry.IsValid && entry.Contains(ip) && entry.Size == (UInt128)1 << (32 - length);
        });
    }
}
