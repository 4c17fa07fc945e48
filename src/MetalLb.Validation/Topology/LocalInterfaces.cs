using System.Net.NetworkInformation;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Topology;

/// <summary>
/// The interfaces of the machine this code runs on, as a <see cref="NodeNetworkState"/>: for <c>node-check</c> run on
/// the node itself (an init container or DaemonSet with host networking, as the speaker has).
/// </summary>
internal static class LocalInterfaces
{
    /// <summary>The origin recorded on the state.</summary>
    public const string Origin = "local host";

    /// <summary>Reads the local interfaces as the interfaces of <paramref name="nodeName"/>.</summary>
    public static NodeNetworkState Read(string nodeName)
    {
        ArgumentNullException.ThrowIfNull(nodeName);
        return Of(nodeName, NetworkInterface.GetAllNetworkInterfaces().Select(StateOf).ToList());
    }

    /// <summary>One interface as the library sees it: up when operationally up (or unknown, as loopback and dummies are).</summary>
    internal static InterfaceState StateOf(NetworkInterface nic)
    {
        ArgumentNullException.ThrowIfNull(nic);
        var addresses = nic.GetIPProperties().UnicastAddresses
            .Select(a => new InterfaceAddress(a.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && a.Address.ScopeId != 0 ? new System.Net.IPAddress(a.Address.GetAddressBytes()) : a.Address, a.PrefixLength, SourceSpan.None))
            .ToList();
        var type = nic.NetworkInterfaceType == NetworkInterfaceType.Loopback ? "loopback" : nic.NetworkInterfaceType.ToString().ToLowerInvariant();
        return new InterfaceState(nic.Name, type, nic.OperationalStatus is OperationalStatus.Up or OperationalStatus.Unknown, addresses);
    }

    /// <summary>Interfaces read from this host as the state of <paramref name="nodeName"/>.</summary>
    internal static NodeNetworkState Of(string nodeName, IReadOnlyList<InterfaceState> interfaces) => new()
    {
        ApiVersion = "local",
        Kind = NodeNetworkState.KindName,
        Metadata = Model.ObjectMeta.Empty with { Name = nodeName },
        NodeName = nodeName,
        Interfaces = interfaces,
        Origin = Origin,
        Location = new SourceSpan($"<{Origin}>", 0, 0),
    };
}
