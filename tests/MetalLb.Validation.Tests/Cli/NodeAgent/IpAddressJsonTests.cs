using System.Text.Json;
using System.Text;
using MetalLb.Validation.Cli.NodeAgent;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Model.Kubernetes;
using MetalLb.Validation.Topology;

namespace MetalLb.Validation.Tests.Cli.NodeAgent;

/// <summary>
/// /api/v1/interfaces is what the monitor (and a user with --ip-addr) reads back through IpAddressJsonReader: it must
/// give the library the interfaces node-check itself validates with.
/// </summary>
public sealed class IpAddressJsonTests
{
    [Fact]
    public void ThisHostsInterfaces_RoundTripThroughIpAddressJsonReader_AsLocalInterfacesReadsThem()
    {
        var json = IpAddressJson.Write(HostInterfaces.Read());
        var local = LocalInterfaces.Read("this-host");

        var set = new ConfigurationLoader().AddIpAddressJson("this-host", Encoding.UTF8.GetString(json), "agent:this-host").Build();

        Assert.Empty(set.LoadDiagnostics);
        var read = Assert.Single(set.NetworkStates);
        Assert.Equal("this-host", read.NodeName);
        Assert.Equal(Describe(local.Interfaces), Describe(read.Interfaces));
    }

    [Fact]
    public void ADownInterface_IPv6_AndAVip_RoundTrip()
    {
        var links = AgentBed.Links(withVip: true, eth0Up: false);

        var set = new ConfigurationLoader().AddIpAddressJson("worker-2", Encoding.UTF8.GetString(IpAddressJson.Write(links)), "agent:worker-2").Build();

        Assert.Empty(set.LoadDiagnostics);
        Assert.Equal(Describe(links.Select(l => l.State)), Describe(Assert.Single(set.NetworkStates).Interfaces));
    }

    [Fact]
    public void TheShape_IsIproute2s()
    {
        using var json = JsonDocument.Parse(IpAddressJson.Write(AgentBed.Links(withVip: true)));

        var eth0 = json.RootElement[1];
        Assert.Equal(2, eth0.GetProperty("ifindex").GetInt32());
        Assert.Equal("eth0", eth0.GetProperty("ifname").GetString());
        Assert.Equal("ether", eth0.GetProperty("link_type").GetString());
        Assert.Equal("UP", eth0.GetProperty("operstate").GetString());
        Assert.Equal(["BROADCAST", "MULTICAST", "UP", "LOWER_UP"], eth0.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        var vip = eth0.GetProperty("addr_info")[2];
        Assert.Equal("inet", vip.GetProperty("family").GetString());
        Assert.Equal("10.255.0.2", vip.GetProperty("local").GetString());
        Assert.Equal(32, vip.GetProperty("prefixlen").GetInt32());
        Assert.Equal("inet6", eth0.GetProperty("addr_info")[1].GetProperty("family").GetString());
        Assert.Equal("host", json.RootElement[0].GetProperty("addr_info")[0].GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData(0x1003, true, "BROADCAST MULTICAST UP LOWER_UP")] // an Ethernet interface with its carrier
    [InlineData(0x1003, false, "NO-CARRIER BROADCAST MULTICAST")] // administratively up, no carrier: down for the library
    [InlineData(0x9, true, "LOOPBACK UP LOWER_UP")]
    [InlineData(0x82, false, "BROADCAST NOARP")] // a dummy that is down
    public void KernelFlags_AreNamedAsIproute2NamesThem_WithUpAsTheAgentReadsIt(int kernel, bool up, string expected)
    {
        Assert.Equal(expected, string.Join(' ', HostInterfaces.Flags(kernel, null, up)));
    }

    private static List<string> Describe(IEnumerable<InterfaceState> interfaces) =>
        interfaces.Select(i => $"{i.Name} {(i.IsUp ? "up" : "down")} {string.Join(",", i.Addresses.Select(a => a.ToString()).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
