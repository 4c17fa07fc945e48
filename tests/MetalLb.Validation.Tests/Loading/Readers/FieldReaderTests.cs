using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Loading.Readers;

public class FieldReaderTests
{
    [Fact]
    public void StringWhereAListBelongs_IsAWrongTypeWithPosition()
    {
        var set = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata: {name: p}
            spec:
              addresses: 10.0.0.0/24
            """);

        var finding = Assert.Single(set.LoadDiagnostics);
        Assert.Equal("MLB0004", finding.RuleId);
        Assert.Equal("spec.addresses", finding.Path);
        Assert.Equal((5, 14), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("a list", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberWhereAStringBelongs_SuggestsQuoting()
    {
        var set = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta1
            kind: BGPAdvertisement
            metadata: {name: a}
            spec:
              nodeSelectors:
                - matchLabels:
                    rack: 7
            """);

        var finding = Assert.Single(set.LoadDiagnostics);
        Assert.Equal("MLB0004", finding.RuleId);
        Assert.Contains("quotes", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("myASN: 4294967296", "MLB0010")]
    [InlineData("myASN: -1", "MLB0010")]
    [InlineData("myASN: \"64512\"", "MLB0004")]
    [InlineData("myASN: 1.5", "MLB0004")]
    [InlineData("ebgpMultiHop: \"true\"", "MLB0004")]
    [InlineData("peerPort: 70000", "MLB0010")]
    public void BadScalars_AreReportedByType(string field, string ruleId)
    {
        var set = ConfigurationLoader.LoadText(Check.Peer("p", field));

        Assert.Contains(set.LoadDiagnostics, d => d.RuleId == ruleId);
    }

    [Fact]
    public void UnknownField_SuggestsTheClosestKnownOne()
    {
        var set = ConfigurationLoader.LoadText(Check.Peer("p", "myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.1\nsourceAdress: 10.0.0.2"));

        var finding = Assert.Single(set.LoadDiagnostics);
        Assert.Equal("MLB0005", finding.RuleId);
        Assert.Contains("did you mean \"sourceAddress\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void V1Beta2Field_OnV1Beta1Peer_SaysWhichVersionHasIt()
    {
        var set = ConfigurationLoader.LoadText(Check.Peer("p", "myASN: 1\npeerASN: 2\npeerAddress: 10.0.0.1\nvrf: red", "metallb.io/v1beta1"));

        var finding = Assert.Single(set.LoadDiagnostics);
        Assert.Equal("MLB0005", finding.RuleId);
        Assert.Contains("v1beta2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KubectlGetOutput_ServerFieldsAreAccepted()
    {
        var set = ConfigurationLoader.LoadText("""
            apiVersion: metallb.io/v1beta1
            kind: IPAddressPool
            metadata:
              name: p
              namespace: metallb-system
              uid: 1b2c
              resourceVersion: "123"
              generation: 1
              creationTimestamp: "2026-01-01T00:00:00Z"
              managedFields: []
            spec:
              addresses: ["10.0.0.0/24"]
            status:
              assignedIPv4: 0
            """);

        Assert.Empty(set.LoadDiagnostics);
    }
}
