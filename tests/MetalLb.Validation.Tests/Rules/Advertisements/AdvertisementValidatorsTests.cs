using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;
using MetalLb.Validation.Model.Values;

namespace MetalLb.Validation.Tests.Rules.Advertisements;

/// <summary>The advertisement validators used stand-alone, on objects built in code.</summary>
public class AdvertisementValidatorsTests
{
    private static readonly LabelSelector Web = new(new Dictionary<string, string> { ["app"] = "web" }, [], SourceSpan.None);

    private static BgpAdvertisement Bgp(long? length = null, long? lengthV6 = null) =>
        new() { ApiVersion = "metallb.io/v1beta1", Kind = BgpAdvertisement.KindName, AggregationLength = length, AggregationLengthV6 = lengthV6 };

    private static L2Advertisement L2() => new() { ApiVersion = "metallb.io/v1beta1", Kind = L2Advertisement.KindName };

    [Theory]
    [InlineData(0L, null, "MLB0303", "spec.aggregationLength")]
    [InlineData(33L, null, "MLB0304", "spec.aggregationLength")]
    [InlineData(null, 129L, "MLB0305", "spec.aggregationLengthV6")]
    [InlineData(null, 0L, "MLB0306", "spec.aggregationLengthV6")]
    public void AggregationLength_OutOfRange_FailsWithTheRuleIdAtTheField(long? length, long? lengthV6, string id, string path)
    {
        var failure = Assert.Single(MetalLbValidators.BgpAdvertisement.Validate(Bgp(length, lengthV6)).Errors);

        Assert.Equal(id, failure.ErrorCode);
        Assert.Equal(path, failure.PropertyName);
        Assert.Contains($"{length ?? lengthV6} ", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AndBounds_AreValid()
    {
        Assert.True(MetalLbValidators.BgpAdvertisement.Validate(Bgp()).IsValid);
        Assert.True(MetalLbValidators.BgpAdvertisement.Validate(Bgp(1, 128)).IsValid);
        Assert.True(MetalLbValidators.L2Advertisement.Validate(L2()).IsValid);
    }

    [Fact]
    public void RepeatedPeer_FailsAtTheRepeat()
    {
        var failure = Assert.Single(MetalLbValidators.BgpAdvertisement.Validate(Bgp() with { Peers = ["tor", "tor2", "tor"] }).Errors);

        Assert.Equal(MetalLbRules.BgpAdvertisementDuplicatePeer.Id, failure.ErrorCode);
        Assert.Equal("spec.peers[2]", failure.PropertyName);
    }

    [Fact]
    public void ServiceSelectorsWithAggregation_FailsOnlyForReleasesWithServiceSelectors()
    {
        var ad = Bgp(24) with { ServiceSelectors = [Web] };

        Assert.True(MetalLbValidators.BgpAdvertisement.Validate(ad, new ValidationOptions { MetalLbVersion = new Version(0, 15, 3) }).IsValid);
        var failure = Assert.Single(MetalLbValidators.BgpAdvertisement.Validate(ad, new ValidationOptions { MetalLbVersion = new Version(0, 16, 1) }).Errors);
        Assert.Equal(MetalLbRules.ServiceSelectorsWithAggregation.Id, failure.ErrorCode);
        Assert.Equal("spec.aggregationLength", failure.PropertyName);
    }

    [Fact]
    public void L2Interfaces_BlankAndRepeated_FailWithTheirRules()
    {
        var errors = MetalLbValidators.L2Advertisement.Validate(L2() with { Interfaces = ["eth0", " ", "eth0"] }).Errors;

        Assert.Equal(
            [(MetalLbRules.L2EmptyInterfaceName.Id, "spec.interfaces[1]"), (MetalLbRules.L2DuplicateInterface.Id, "spec.interfaces[2]")],
            errors.Select(e => (e.ErrorCode, e.PropertyName)));
        Assert.Equal(FluentValidation.Severity.Warning, errors[0].Severity);
    }

    [Fact]
    public void L2NodePreference_WithoutWeightOrPreference_Fails()
    {
        var errors = MetalLbValidators.L2Advertisement.Validate(L2() with { PreferredNodeSelectors = [new(null, null), new(101, Web)] }).Errors;

        Assert.Equal(
            ["spec.preferredNodeSelectors[0]", "spec.preferredNodeSelectors[0]", "spec.preferredNodeSelectors[1].weight"],
            errors.Select(e => e.PropertyName));
        Assert.All(errors, e => Assert.Equal(MetalLbRules.L2NodePreferenceInvalid.Id, e.ErrorCode));
    }
}
