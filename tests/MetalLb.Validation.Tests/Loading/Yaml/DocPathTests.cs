using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Loading.Yaml;

public class DocPathTests
{
    private const string Yaml = """
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata:
          name: p
        spec:
          nodeSelectors:
          - matchLabels:
              kubernetes.io/hostname: node-1
              zone: a
        """;

    [Theory]
    [InlineData("spec.nodeSelectors[0].matchLabels[kubernetes.io/hostname]", 8)]
    [InlineData("spec.nodeSelectors[0].matchLabels[zone]", 9)]
    [InlineData("spec.nodeSelectors[0].matchLabels.zone", 9)]
    [InlineData("spec.nodeSelectors[0].matchLabels[missing]", 8)]
    public void Locate_BracketedKeysMayContainDots(string path, int line) =>
        Assert.Equal(line, ConfigurationLoader.LoadText(Yaml).Peers[0].Locate(path).Line);
}
