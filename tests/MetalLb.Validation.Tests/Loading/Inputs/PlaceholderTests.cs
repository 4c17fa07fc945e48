using MetalLb.Validation.Diagnostics;
using Fixture = MetalLb.Validation.Tests.Rules.Yaml;

namespace MetalLb.Validation.Tests.Loading.Inputs;

public class PlaceholderTests
{
    private static string Peer(string address, string asn = "64512") =>
        Fixture.Object("BGPPeer", "router", $"myASN: {asn}\npeerASN: 64512\npeerAddress: {address}", "metallb.io/v1beta2");

    [Fact]
    public void PeerAddressVariable_MLB0013_Info_NoAddressErrors()
    {
        var report = Check.Yaml(Peer("${ROUTER_IP}"));

        var finding = Assert.Single(report.For("MLB0013"));
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Contains("${ROUTER_IP}", finding.Message, StringComparison.Ordinal);
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void RealPeerAddress_MLB0013_Silent() => Check.None(Peer("192.168.1.1"), "MLB0013");

    [Fact]
    public void AsnVariableWithDefault_NoTypeError()
    {
        var report = Check.Yaml(Peer("192.168.1.1", "${LOCAL_ASN:=64512}"));

        Assert.Contains("${LOCAL_ASN}", Assert.Single(report.For("MLB0013")).Message, StringComparison.Ordinal);
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void PoolWhoseOnlyAddressIsAVariable_NotEmpty_NotInvalid()
    {
        var report = Check.Yaml(Fixture.Object("IPAddressPool", "lan", "addresses: [\"${LB_RANGE}\"]"));

        Assert.Single(report.For("MLB0013"));
        Assert.Empty(report.For("MLB0101"));
        Assert.Empty(report.For("MLB0102"));
    }

    [Fact]
    public void PoolWithoutAddresses_MLB0101_StillFires() => Check.Single(Fixture.Object("IPAddressPool", "lan", "addresses: []"), "MLB0101");
}
