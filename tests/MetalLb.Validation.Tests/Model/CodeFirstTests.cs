using MetalLb.Validation.Model;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Tests.Model;

/// <summary>Objects built in code get kind, apiVersion and the checks YAML input gets.</summary>
public class CodeFirstTests
{
    [Fact]
    public void ObjectsBuiltInCode_HaveTheServedKindAndVersion()
    {
        Assert.Equal(("metallb.io/v1beta1", "IPAddressPool"), (new IpAddressPool().ApiVersion, new IpAddressPool().Kind));
        Assert.Equal(("metallb.io/v1beta2", "BGPPeer"), (new BgpPeer().ApiVersion, new BgpPeer().Kind));
        Assert.Equal("v1beta2", new BgpPeer().ServedVersion);
    }

    [Fact]
    public void AValidConfigurationInAFewLines_HasNoFindingAboveInfo()
    {
        var report = new MetalLbValidator().Validate(new ConfigurationSet(
        [
            new IpAddressPool { Metadata = new("office", "metallb-system"), Addresses = ["192.168.10.0/24"] },
            new L2Advertisement { Metadata = new("office", "metallb-system") },
        ]));

        Assert.Equal(0, report.ErrorCount + report.WarningCount);
    }

    [Fact]
    public void OverlappingPoolsInCode_AreFoundAsInYaml()
    {
        var report = new MetalLbValidator().Validate(new ConfigurationSet(
        [
            new IpAddressPool { Metadata = new("a"), Addresses = ["10.0.0.0/24"] },
            new IpAddressPool { Metadata = new("b"), Addresses = ["10.0.0.128/25"] },
            new L2Advertisement { Metadata = new("all") },
        ]));

        var overlap = Assert.Single(report.For(MetalLbRules.PoolOverlap.Id));
        Assert.Equal("spec.addresses[0]", overlap.Path);
        Assert.Equal("b", overlap.Resource!.Name);
        Assert.Equal(("a", "spec.addresses[0]"), (overlap.AdditionalLocations[0].Resource!.Name, overlap.AdditionalLocations[0].Path));
    }

    [Fact]
    public void AnObjectWithoutName_IsMissingItsRequiredField()
    {
        var report = new MetalLbValidator().Validate(new ConfigurationSet([new BfdProfile()]));

        Assert.Equal("metadata.name", Assert.Single(report.For(MetalLbRules.MissingField.Id)).Path);
    }

    [Fact]
    public void ValuesConvertFromText_AndInvalidTextIsAFinding()
    {
        var peer = new BgpPeer { Metadata = new("tor"), MyAsn = 64512u, PeerAsn = 64513u, PeerAddress = "10.0.0.300", HoldTime = TimeSpan.FromSeconds(90) };

        Assert.False(peer.PeerAddress!.IsValid);
        Assert.Equal("90000ms", peer.HoldTime!.Text);
        Assert.Contains(new MetalLbValidator().Validate(new ConfigurationSet([peer])).Diagnostics, d => d.Path == "spec.peerAddress");
    }
}
