using System.Globalization;
using System.Net.NetworkInformation;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// Reads this host's interfaces once: each as <see cref="LocalInterfaces"/> reads it for node-check, with the kernel's
/// index, link type, flags and operstate from <c>/sys/class/net</c> (iproute2 prints the same fields from netlink).
/// </summary>
internal static class HostInterfaces
{
    private const string SysClassNet = "/sys/class/net";

    // linux/if.h, in the order iproute2 prints them (ip/ipaddress.c print_link_flags).
    private static readonly (int Bit, string Name)[] FlagNames =
    [
        (0x8, "LOOPBACK"), (0x2, "BROADCAST"), (0x10, "POINTOPOINT"), (0x1000, "MULTICAST"), (0x80, "NOARP"),
        (0x200, "ALLMULTI"), (0x100, "PROMISC"), (0x20, "NOTRAILERS"), (0x400, "MASTER"), (0x800, "SLAVE"),
        (0x4, "DEBUG"), (0x8000, "DYNAMIC"), (0x4000, "AUTOMEDIA"), (0x2000, "PORTSEL"),
    ];

    // linux/if_arp.h ARPHRD_* as iproute2 names them (lib/ll_types.c), the ones a node has.
    private static readonly Dictionary<int, string> LinkTypes = new()
    {
        [1] = "ether", [32] = "infiniband", [768] = "ipip", [769] = "tunnel6", [772] = "loopback", [776] = "sit",
        [778] = "gre", [823] = "ip6gre", [65534] = "none",
    };

    public static IReadOnlyList<HostLink> Read() =>
        NetworkInterface.GetAllNetworkInterfaces().Select(Link).OrderBy(l => l.Index).ThenBy(l => l.State.Name, StringComparer.Ordinal).ToList();

    private static HostLink Link(NetworkInterface nic)
    {
        var state = LocalInterfaces.StateOf(nic);
        var directory = Path.Combine(SysClassNet, nic.Name);
        var index = Number(directory, "ifindex") ?? Index(nic);
        var type = Number(directory, "type") is { } arp ? LinkTypes.GetValueOrDefault(arp, $"[{arp}]")
            : nic.NetworkInterfaceType == NetworkInterfaceType.Loopback ? "loopback" : "ether";
        var kernel = Number(directory, "flags", NumberStyles.HexNumber, trim: "0x");
        var operstate = Text(directory, "operstate")?.ToUpperInvariant() ?? nic.OperationalStatus.ToString().ToUpperInvariant();
        return new HostLink(index, type, Flags(kernel, nic, state.IsUp), operstate, state);
    }

    /// <summary>
    /// The kernel's flags, except that UP and LOWER_UP say what the agent validated with: an interface that is
    /// administratively up without a carrier is operationally down for the library, so it is listed as iproute2 would
    /// list it with its carrier lost but without UP, and IpAddressJsonReader (the monitor) reads it down as well.
    /// </summary>
    internal static List<string> Flags(int? kernel, NetworkInterface? nic, bool up)
    {
        var flags = new List<string>();
        if (kernel is { } bits)
        {
            if ((bits & 0x1) != 0 && !up)
            {
                flags.Add("NO-CARRIER");
            }

            flags.AddRange(FlagNames.Where(f => (bits & f.Bit) != 0).Select(f => f.Name));
        }
        else if (nic is not null)
        {
            flags.Add(nic.NetworkInterfaceType == NetworkInterfaceType.Loopback ? "LOOPBACK" : "BROADCAST");
            if (nic.SupportsMulticast)
            {
                flags.Add("MULTICAST");
            }
        }

        if (up)
        {
            flags.Add("UP");
            flags.Add("LOWER_UP");
        }

        return flags;
    }

    private static int Index(NetworkInterface nic)
    {
        try
        {
            return nic.GetIPProperties().GetIPv4Properties()?.Index ?? 0;
        }
        catch (NetworkInformationException)
        {
            return 0;
        }
    }

    private static int? Number(string directory, string file, NumberStyles style = NumberStyles.Integer, string? trim = null)
    {
        var text = Text(directory, file);
        if (text is not null && trim is not null && text.StartsWith(trim, StringComparison.OrdinalIgnoreCase))
        {
            text = text[trim.Length..];
        }

        return int.TryParse(text, style, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string? Text(string directory, string file)
    {
        try
        {
            return File.ReadAllText(Path.Combine(directory, file)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
