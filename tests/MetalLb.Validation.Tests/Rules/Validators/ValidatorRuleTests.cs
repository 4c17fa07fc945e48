using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;

namespace MetalLb.Validation.Tests.Rules.Validators;

/// <summary>
/// A validator rule keeps each object's failures with the object instance: validating the same objects again (as the
/// webhook does on every request) must give what a first validation gives, under whichever options are passed.
/// </summary>
public sealed class ValidatorRuleTests
{
    // MLB0228 (localASN equal to peerASN) is a validator rule of the FRR modes only.
    private const string Yaml = """
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata:
          name: router
          namespace: metallb-system
        spec:
          myASN: 64500
          peerASN: 64501
          localASN: 64501
          peerAddress: 192.0.2.1
        """;

    [Fact]
    public void SameObjectsValidatedAgain_FollowTheOptionsOfEachValidation()
    {
        var set = ConfigurationLoader.LoadText(Yaml, "peer.yaml");
        var frr = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr });
        var native = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Native });

        var first = frr.Validate(set).Diagnostics;
        var underNative = native.Validate(set).Diagnostics;
        var again = frr.Validate(set).Diagnostics;

        Assert.Contains(first, d => d.RuleId == "MLB0228");
        Assert.DoesNotContain(underNative, d => d.RuleId == "MLB0228");
        Assert.Equal(first.Select(d => d.ToString()), again.Select(d => d.ToString()));
    }

    [Fact]
    public void AnEqualObjectLoadedAgain_GetsTheSameFindings()
    {
        var validator = new MetalLbValidator(new ValidationOptions { Mode = BackendMode.Frr });
        var first = validator.Validate(ConfigurationLoader.LoadText(Yaml, "peer.yaml")).Diagnostics;
        var second = validator.Validate(ConfigurationLoader.LoadText(Yaml, "peer.yaml")).Diagnostics;
        Assert.Equal(first.Select(d => d.ToString()), second.Select(d => d.ToString()));
    }
}
