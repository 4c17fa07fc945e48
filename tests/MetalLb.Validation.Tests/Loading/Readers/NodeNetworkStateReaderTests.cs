using MetalLb.Validation.Loading;
using MetalLb.Validation.Tests.Topology;

namespace MetalLb.Validation.Tests.Loading.Readers;

public class NodeNetworkStateReaderTests
{
    [Fact]
    public void NmstateDocsExample_ReadsEveryInterfaceAddress()
    {
        // kubernetes-nmstate's own example output (kept in ../shared/reference, beside the clone in CI).
        var path = Path.Combine(RepositoryRoot.Path, "..", "shared", "reference", "nmstate-nodenetworkstate-example.yaml");
        var set = ConfigurationLoader.LoadPaths([path]);

        Assert.Empty(set.LoadDiagnostics);
        var state = Assert.Single(set.NetworkStates);
        Assert.Equal("node01", state.NodeName);
        Assert.Equal(["cni0", "eth0"], state.Interfaces.Select(i => i.Name));
        Assert.Equal(["192.168.66.101/24", "fe80::5055:ff:fed1:5501/64"], state.Interfaces[1].Addresses.Select(a => a.ToString()));
        Assert.Equal("linux-bridge", state.Interfaces[0].Type);
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
