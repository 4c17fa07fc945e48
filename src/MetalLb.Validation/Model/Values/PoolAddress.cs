using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Model.Values;

/// <summary>
/// One <c>spec.addresses</c> entry of an IPAddressPool: a CIDR or a <c>start-end</c> range, as written and as the
/// block of addresses it covers. Parsed with MetalLB's rules: CIDRs untrimmed (host bits allowed), range ends trimmed.
/// </summary>
public sealed record PoolAddress
{
    private PoolAddress(string text, SourceSpan location, PoolAddressKind kind)
    {
        Text = text;
        Location = location;
        Kind = kind;
    }

    /// <summary>The entry as written.</summary>
    public string Text { get; }

    /// <summary>Where it was written.</summary>
    public SourceSpan Location { get; }

    /// <summary>CIDR or range.</summary>
    public PoolAddressKind Kind { get; }

    /// <summary>Why it does not parse, or <see cref="PoolAddressProblem.None"/>.</summary>
    public PoolAddressProblem Problem { get; private init; }

    /// <summary>Address family of a valid entry.</summary>
    public AddressFamily Family { get; private init; }

    /// <summary>First address covered (integer form, see <see cref="IpMath"/>).</summary>
    public UInt128 First { get; private init; }

    /// <summary>Last address covered.</summary>
    public UInt128 Last { get; private init; }

    /// <summary>A CIDR whose address has bits set beyond the prefix (<c>10.0.0.5/24</c>), which MetalLB widens silently.</summary>
    public bool HasHostBits { get; private init; }

    /// <summary>The range's start text, trimmed (ranges only).</summary>
    public string? RangeStart { get; private init; }

    /// <summary>The range's end text, trimmed (ranges only).</summary>
    public string? RangeEnd { get; private init; }

    /// <summary>True when the entry describes at least one address.</summary>
    public bool IsValid => Problem == PoolAddressProblem.None;

    /// <summary>Number of addresses covered (0 when invalid).</summary>
    public UInt128 Size => IsValid ? Last - First + 1 : 0;

    /// <summary>The aligned prefixes MetalLB summarises the entry into.</summary>
    public IEnumerable<IPNetwork2> ToCidrs() => IsValid
        ? IpMath.Summarize(First, Last, Family).Select(p => new IPNetwork2(IpMath.ToAddress(p.Start, Family), (byte)p.PrefixLength))
        : [];

    /// <summary>The shortest prefix length among <see cref="ToCidrs"/> (the widest block).</summary>
    public int WidestPrefixLength => IsValid ? IpMath.WidestPrefixLength(First, Last, Family) : 0;

    /// <summary>True when the entry contains <paramref name="address"/>.</summary>
    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var value = IpMath.ToInteger(address);
        return IsValid && address.AddressFamily == Family && value >= First && value <= Last;
    }

    /// <summary>An entry set in code (<c>192.168.10.0/24</c> or <c>192.168.10.1-192.168.10.9</c>).</summary>
    public static implicit operator PoolAddress(string text) => FromString(text);

    /// <summary>An entry set in code (<c>192.168.10.0/24</c> or <c>192.168.10.1-192.168.10.9</c>).</summary>
    public static PoolAddress FromString(string text) => Parse(text, SourceSpan.None);

    /// <summary>Parses one entry.</summary>
    public static PoolAddress Parse(string text, SourceSpan location)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('-', StringComparison.Ordinal) ? ParseRange(text, location) : ParseCidr(text, location);
    }

    private static PoolAddress ParseCidr(string text, SourceSpan location)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var invalid = new PoolAddress(text, location, PoolAddressKind.Cidr) { Problem = PoolAddressProblem.InvalidCidr };
        if (slash < 0 || !GoIp.TryParse(text[..slash], out var address) || address is null)
        {
            return invalid;
        }

        var width = IpMath.Width(address.AddressFamily);
        var lengthText = text[(slash + 1)..];
        if (lengthText.Length is 0 or > 3 || !lengthText.All(char.IsAsciiDigit) || int.Parse(lengthText, System.Globalization.CultureInfo.InvariantCulture) is var length && length > width)
        {
            return invalid;
        }

        var hostBits = width - length;
        var mask = hostBits >= 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1;
        var value = IpMath.ToInteger(address);
        return new PoolAddress(text, location, PoolAddressKind.Cidr)
        {
            Family = address.AddressFamily,
            First = value & ~mask,
            Last = value | mask,
            HasHostBits = (value & mask) != 0,
        };
    }

    private static PoolAddress ParseRange(string text, SourceSpan location)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var startText = text[..dash].Trim();
        var endText = text[(dash + 1)..].Trim();
        var entry = new PoolAddress(text, location, PoolAddressKind.Range) { RangeStart = startText, RangeEnd = endText };
        if (!GoIp.TryParse(startText, out var start) || start is null)
        {
            return entry with { Problem = PoolAddressProblem.InvalidRangeStart };
        }

        if (!GoIp.TryParse(endText, out var end) || end is null)
        {
            return entry with { Problem = PoolAddressProblem.InvalidRangeEnd };
        }

        // MetalLB compares the 16-byte forms, where IPv4 is ::ffff:a.b.c.d.
        var startMapped = IpMath.ToInteger(start.MapToIPv6());
        var endMapped = IpMath.ToInteger(end.MapToIPv6());
        if (startMapped > endMapped)
        {
            return entry with { Problem = PoolAddressProblem.StartAfterEnd };
        }

        if (start.AddressFamily != end.AddressFamily)
        {
            return entry with { Problem = PoolAddressProblem.MixedFamilies };
        }

        return entry with { Family = start.AddressFamily, First = IpMath.ToInteger(start), Last = IpMath.ToInteger(end) };
    }
}
