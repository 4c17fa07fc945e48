using MetalLb.Validation.Loading;
using MetalLb.Validation.Tests.Topology;

namespace MetalLb.Validation.Tests.Loading.Readers;

public class NodeNetworkStateReaderTests
{
    [Fact]
    public void KubectlOutput_ReadsEveryInterfaceAndAddress()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "MetalLb.Validation.Tests", "Fixtures", "Nmstate", "rack1-worker-7.nns.yaml");
        var set = ConfigurationLoader.LoadPaths([path]);

        Assert.Empty(set.LoadDiagnostics);
        var state = Assert.Single(set.NetworkStates);
        Assert.Equal("rack1-worker-7", state.NodeName);
        Assert.Equal(["lo", "bond0", "bond0.20", "eno1", "eno2", "cni0"], state.Interfaces.Select(i => i.Name));
        Assert.Equal(["127.0.0.1/8", "10.255.7.7/32", "::1/128"], state.Interfaces[0].Addresses.Select(a => a.ToString()));
        Assert.Equal(["10.20.0.17/24", "2001:db8:20::17/64", "fe80::3eec:efff:fe10:2207/64"], state.Interfaces[2].Addresses.Select(a => a.ToString()));
        Assert.Empty(state.Interfaces[1].Addresses);
        Assert.Equal("vlan", state.Interfaces[2].Type);
        Assert.Equal("linux-bridge", state.Interfaces[5].Type);
    }

    [Fact]
    public void Fixture_DownInterfaceWithoutAddresses_IsKept()
    {
        var state = ConfigurationLoader.LoadPaths([TopologyFixture.File("worker-3.nns.yaml")]).NetworkStates.Single();

        var eth9 = state.Interfaces.Single(i => i.Name == "eth9");
        Assert.False(eth9.IsUp);
        Assert.Empty(eth9.Addresses);
    }
}
