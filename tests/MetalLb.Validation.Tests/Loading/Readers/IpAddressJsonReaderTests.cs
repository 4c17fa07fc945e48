using MetalLb.Validation.Loading;
using MetalLb.Validation.Tests.Topology;

namespace MetalLb.Validation.Tests.Loading.Readers;

public class IpAddressJsonReaderTests
{
    [Fact]
    public void CapturedOutput_ReadsInterfacesAndAddressesWithPositions()
    {
        var set = new ConfigurationLoader().AddIpAddressJsonFile("worker-1", TopologyFixture.File("worker-1.ip-addr.json")).Build();

        Assert.Empty(set.LoadDiagnostics);
        var state = Assert.Single(set.NetworkStates);
        Assert.Equal("worker-1", state.NodeName);
        Assert.Equal("ip -j address show", state.Origin);
        Assert.Equal(["lo", "eth0", "eth1"], state.Interfaces.Select(i => i.Name));
        var vip = state.Interfaces[0].Addresses.Single(a => a.ToString() == "10.255.0.1/32");
        Assert.EndsWith("worker-1.ip-addr.json", vip.Location.File, StringComparison.Ordinal);
        Assert.True(vip.Location.Line > 0 && vip.Location.Column > 0);
        Assert.Equal("loopback", state.Interfaces[0].Type);
        Assert.All(state.Interfaces, i => Assert.True(i.IsUp));
    }

    [Fact]
    public void PrettyPrinted_PositionsPointAtTheEntry()
    {
        const string json = "[\n  {\"ifname\": \"eth0\", \"flags\": [\"UP\"],\n   \"addr_info\": [\n     {\"family\": \"inet\", \"local\": \"10.0.0.11\", \"prefixlen\": 24}\n   ]}\n]";

        var address = new ConfigurationLoader().AddIpAddressJson("w", json, "w.json").Build().NetworkStates[0].Interfaces[0].Addresses[0];

        Assert.Equal(4, address.Location.Line);
    }

    [Theory]
    [InlineData("{\"ifname\": \"eth0\"}", "MLB0008")]
    [InlineData("[{\"ifname\": \"eth0\", \"addr_info\": [{\"local\": \"10.0.0.300\", \"prefixlen\": 24}]}]", "MLB0004")]
    [InlineData("[{\"ifname\": \"eth0\", \"addr_info\": [{\"local\": \"10.0.0.3\", \"prefixlen\": 33}]}]", "MLB0004")]
    [InlineData("[{\"ifname\": \"eth0\"", "MLB0001")]
    public void BadInput_BecomesAFinding_NotAnException(string json, string ruleId)
    {
        var set = new ConfigurationLoader().AddIpAddressJson("w", json, "w.json").Build();

        Assert.Contains(set.LoadDiagnostics, d => d.RuleId == ruleId);
    }

    [Fact]
    public void DownInterface_IsReadAsDown()
    {
        const string json = "[{\"ifname\": \"eth9\", \"flags\": [\"BROADCAST\"], \"operstate\": \"DOWN\", \"addr_info\": []}]";

        Assert.False(new ConfigurationLoader().AddIpAddressJson("w", json).Build().NetworkStates[0].Interfaces[0].IsUp);
    }

    [Fact]
    public void MissingFile_IsReported() =>
        Assert.Contains(new ConfigurationLoader().AddIpAddressJsonFile("w", "/nonexistent/ip.json").Build().LoadDiagnostics, d => d.RuleId == "MLB0007");
}
