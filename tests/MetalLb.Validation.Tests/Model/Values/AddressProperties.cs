using System.Net;
using System.Net.Sockets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Tests.Model.Values;

public class AddressProperties
{
    private static readonly Gen<UInt128> Ipv6 =
        Gen.Choose(0, 3).SelectMany(shape => ArbMap.Default.GeneratorFor<ulong>().Two().Select(t => shape switch
        {
            // Mostly real-looking addresses, plus the edges where prefix arithmetic breaks.
            0 => new UInt128(t.Item1, t.Item2),
            1 => new UInt128(0x2001_0db8_0000_0000, t.Item2 & 0xFFFF),
            2 => new UInt128(t.Item1, 0),
            _ => t.Item1 % 2 == 0 ? UInt128.MaxValue - (t.Item2 & 0xFF) : t.Item2 & 0xFF,
        }));

    [Property(MaxTest = 300)]
    public Property Ipv6Summary_CoversExactlyTheRange()
    {
        return Prop.ForAll(Ipv6.Two().ToArbitrary(), pair =>
        {
            var (first, last) = pair.Item1 <= pair.Item2 ? pair : (pair.Item2, pair.Item1);
            var text = $"{IpMath.ToAddress(first, AddressFamily.InterNetworkV6)}-{IpMath.ToAddress(last, AddressFamily.InterNetworkV6)}";
            var entry = PoolAddress.Parse(text, SourceSpan.None);
            var blocks = IpMath.Summarize(entry.First, entry.Last, entry.Family).ToList();

            var next = first;
            var contiguous = true;
            foreach (var (start, length) in blocks)
            {
                var mask = length == 0 ? UInt128.MaxValue : (UInt128.One << (128 - length)) - 1;
                contiguous &= start == next && (start & mask) == 0;
                next = start + mask + 1;
            }

            var (lastStart, lastLength) = blocks[^1];
            var lastEnd = lastStart + (lastLength == 0 ? UInt128.MaxValue : (UInt128.One << (128 - lastLength)) - 1);
            return (entry.IsValid && contiguous && lastEnd == last && blocks.Count <= 2 * 128).Label(text);
        });
    }

    [Property(MaxTest = 300)]
    public Property Ipv6Cidr_CoversItsBlock()
    {
        return Prop.ForAll(Ipv6.ToArbitrary(), Gen.Choose(0, 128).ToArbitrary(), (value, length) =>
        {
            var address = IpMath.ToAddress(value, AddressFamily.InterNetworkV6);
            var entry = PoolAddress.Parse($"{address}/{length}", SourceSpan.None);
            var size = length == 0 ? UInt128.MaxValue : UInt128.One << (128 - length);
            return entry.IsValid && entry.Contains(address) && (length == 0 ? entry.Size == 0 || entry.Last == UInt128.MaxValue : entry.Size == size);
        });
    }

    /// <summary>Any address, printed in its normal form, parses back (as MetalLB would) to the same address and integer.</summary>
    [Property(MaxTest = 500)]
    public Property Normalisation_RoundTrips()
    {
        var addresses = Gen.OneOf(
            ArbMap.Default.GeneratorFor<uint>().Select(v => IpMath.ToAddress(v, AddressFamily.InterNetwork)),
            Ipv6.Select(v => IpMath.ToAddress(v, AddressFamily.InterNetworkV6)));
        return Prop.ForAll(addresses.ToArbitrary(), address =>
        {
            var value = IpValue.Parse(address.ToString(), SourceSpan.None);
            var again = IpValue.Parse(value.ToString(), SourceSpan.None);
            var sameAddress = value.IsValid && again.Address!.Equals(value.Address) && value.ToString() == again.ToString();
            var sameInteger = IpMath.ToInteger(value.Address!) == IpMath.ToInteger(IpMath.ToAddress(IpMath.ToInteger(value.Address!), value.Address!.AddressFamily));
            return (sameAddress && sameInteger).Label($"{address} -> {value} -> {again}");
        });
    }

    [Property(MaxTest = 300)]
    public Property EquivalentIpv6Spellings_NormaliseAlike()
    {
        return Prop.ForAll(Ipv6.ToArbitrary(), value =>
        {
            var bytes = IpMath.ToAddress(value, AddressFamily.InterNetworkV6).GetAddressBytes();
            var longForm = string.Join(':', Enumerable.Range(0, 8).Select(i => ((bytes[2 * i] << 8) | bytes[(2 * i) + 1]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));
            var a = IpValue.Parse(longForm, SourceSpan.None);
            var b = IpValue.Parse(IPAddress.Parse(longForm).ToString(), SourceSpan.None);
            return (a.IsValid && a.ToString() == b.ToString()).Label($"{longForm}: {a} vs {b}");
        });
    }
}
