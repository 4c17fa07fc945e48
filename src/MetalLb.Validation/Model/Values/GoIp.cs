using System.Net;
using System.Net.Sockets;

namespace MetalLb.Validation.Model.Values;

/// <summary>
/// IP parsing with Go's <c>net.ParseIP</c> rules: IPv4 only as four decimal octets without leading zeros,
/// IPv6 without zone or brackets. <see cref="IPAddress.TryParse(string, out IPAddress)"/> alone accepts far more
/// ("10", "0x7f.1", "fe80::1%eth0"), which MetalLB rejects.
/// </summary>
internal static class GoIp
{
    /// <summary>True when <paramref name="text"/> is an address MetalLB accepts.</summary>
    public static bool TryParse(string? text, out IPAddress? address)
    {
        address = null;
        if (string.IsNullOrEmpty(text) || text.Length > 45)
        {
            return false;
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            if (text.AsSpan().IndexOfAny("%[]/ ") >= 0 || !IPAddress.TryParse(text, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return false;
            }

            address = v6;
            return true;
        }

        return TryParseV4(text, out address);
    }

    private static bool TryParseV4(string text, out IPAddress? address)
    {
        address = null;
        Span<byte> bytes = stackalloc byte[4];
        var part = 0;
        var value = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (digits == 0 || part == 3)
                {
                    return false;
                }

                bytes[part++] = (byte)value;
                value = 0;
                digits = 0;
                continue;
            }

            if (c is < '0' or > '9' || (digits == 1 && value == 0))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
            if (++digits > 3 || value > 255)
            {
                return false;
            }
        }

        if (part != 3 || digits == 0)
        {
            return false;
        }

        bytes[3] = (byte)value;
        address = new IPAddress(bytes);
        return true;
    }
}
