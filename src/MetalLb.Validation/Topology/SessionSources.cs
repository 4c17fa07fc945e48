using System.Net;
using System.Net.Sockets;
using MetalLb.Validation.Model.Kubernetes;

namespace MetalLb.Validation.Topology;

/// <summary>
/// Whether an address a node holds can source a BGP session. An address can be listed on a node and still be no
/// source: kube-proxy's IPVS dummy holds Service IPs, and a down interface keeps (IPv4) or loses (IPv6) its addresses.
/// </summary>
internal static class SessionSources
{
    /// <summary>The dummy interface kube-proxy in IPVS mode binds every Service IP to (pkg/proxy/ipvs: defaultDummyDevice).</summary>
    public const string IpvsDummy = "kube-ipvs0";

    /// <summary>Why a session cannot use <paramref name="address"/> on <paramref name="nic"/>, or null when it can.</summary>
    public static Unusability? Unusable(InterfaceState nic, InterfaceAddress address)
    {
        if (string.Equals(nic.Name, IpvsDummy, StringComparison.Ordinal))
        {
            return Unusability.IpvsDummy;
        }

        if (!nic.IsUp)
        {
            return address.Address.AddressFamily == AddressFamily.InterNetworkV6 ? Unusability.DownV6 : Unusability.DownV4;
        }

        return null;
    }

    /// <summary>True for fe80::/10.</summary>
    public static bool IsLinkLocal(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv6LinkLocal;
}

/// <summary>Why an address held by a node cannot source a session.</summary>
internal enum Unusability
{
    /// <summary>On kube-proxy's kube-ipvs0: a Service IP.</summary>
    IpvsDummy,

    /// <summary>IPv4 on an interface that is down.</summary>
    DownV4,

    /// <summary>IPv6 on an interface that is down.</summary>
    DownV6,
}
