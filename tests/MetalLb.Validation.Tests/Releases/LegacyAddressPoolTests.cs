using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Releases;

public class LegacyAddressPoolTests
{
    private const string AddressPool = """
        apiVersion: metallb.io/v1beta1
        kind: AddressPool
        metadata:
          name: legacy
          namespace: metallb-system
        spec:
          protocol: layer2
          addresses: [192.168.10.0/24]
        """;

    [Theory]
    [InlineData("0.13.12", DiagnosticSeverity.Warning, "still reads it")]
    [InlineData("0.14.2", DiagnosticSeverity.Error, "no longer reads it")]
    [InlineData("0.14.3", DiagnosticSeverity.Error, "AddressPool was removed")]
    public void AddressPool_ByRelease(string release, DiagnosticSeverity severity, string says)
    {
        var finding = Check.Single(AddressPool, "MLB0009", new ValidationOptions { MetalLbVersion = Version.Parse(release) });

        Assert.Equal(severity, finding.Severity);
        Assert.Contains(says, finding.Message, StringComparison.Ordinal);
    }
}
