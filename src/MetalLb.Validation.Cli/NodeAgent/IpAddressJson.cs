using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace MetalLb.Validation.Cli.NodeAgent;

/// <summary>
/// <c>/api/v1/interfaces</c>: the interfaces as the JSON array <c>ip -j address show</c> prints, the shape the
/// library's IpAddressJsonReader reads (<c>--ip-addr NAME=FILE</c>, ConfigurationLoader.AddIpAddressJson).
/// </summary>
internal static class IpAddressJson
{
    public static byte[] Write(IReadOnlyList<HostLink> links)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var link in links)
            {
                json.WriteStartObject();
                json.WriteNumber("ifindex", link.Index);
                json.WriteString("ifname", link.State.Name);
                json.WriteStartArray("flags");
                foreach (var flag in link.Flags)
                {
                    json.WriteStringValue(flag);
                }

                json.WriteEndArray();
                json.WriteString("operstate", link.OperState);
                json.WriteString("link_type", link.LinkType);
                json.WriteStartArray("addr_info");
                foreach (var address in link.State.Addresses)
                {
                    json.WriteStartObject();
                    json.WriteString("family", address.Address.AddressFamily == AddressFamily.InterNetworkV6 ? "inet6" : "inet");
                    json.WriteString("local", address.Address.ToString());
                    json.WriteNumber("prefixlen", address.PrefixLength);
                    json.WriteString("scope", Scope(address.Address));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static string Scope(IPAddress address) =>
        IPAddress.IsLoopback(address) ? "host" : address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv6LinkLocal ? "link" : "global";
}
