using System.Net;
using System.Net.Sockets;

namespace MetalLb.Validation.Model.Values;

/// <summary>Addresses as 128-bit integers (IPv4 in the low 32 bits), for sorting, sweeping and summarising.</summary>
internal static class IpMath
{
    /// <summary>Bits in an address of this family.</summary>
    public static int Width(AddressFamily family) => family == AddressFamily.InterNetwork ? 32 : 128;

    /// <summary>The address as an integer.</summary>
    public static UInt128 ToInteger(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        UInt128 value = 0;
        for (var i = 0; i < written; i++)
        {
            value = (value << 8) | bytes[i];
        }

        return value;
    }

    /// <summary>The integer as an address of <paramref name="family"/>.</summary>
    public static IPAddress ToAddress(UInt128 value, AddressFamily family)
    {
        var length = family == AddressFamily.InterNetwork ? 4 : 16;
        var bytes = new byte[length];
        for (var i = length - 1; i >= 0; i--)
        {
            bytes[i] = (byte)(value & 0xFF);
            value >>= 8;
        }

        return new IPAddress(bytes);
    }

    /// <summary>The smallest set of aligned prefixes covering exactly [first, last], as (start, prefix length) pairs.</summary>
    public static IEnumerable<(UInt128 Start, int PrefixLength)> Summarize(UInt128 first, UInt128 last, AddressFamily family)
    {
        var width = Width(family);
        var start = first;
        while (start <= last)
        {
            var size = start == 0 ? width : Math.Min(width, (int)UInt128.TrailingZeroCount(start));
            while (size > 0 && BlockEnd(start, size) > last)
            {
                size--;
            }

            yield return (start, width - size);
            var end = BlockEnd(start, size);
            if (end == last)
            {
                yield break;
            }

            start = end + 1;
        }
    }

    /// <summary>The shortest prefix length among the prefixes summarising [first, last]: the widest block.</summary>
    public static int WidestPrefixLength(UInt128 first, UInt128 last, AddressFamily family) =>
        Summarize(first, last, family).Min(p => p.PrefixLength);

    private static UInt128 BlockEnd(UInt128 start, int sizeBits) =>
        sizeBits >= 128 ? UInt128.MaxValue : start + ((UInt128.One << sizeBits) - 1);
}
