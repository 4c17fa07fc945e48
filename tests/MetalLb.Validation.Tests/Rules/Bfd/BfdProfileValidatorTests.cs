using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Tests.Rules.Bfd;

/// <summary>The BFDProfile validator used on its own, as a program building objects in code uses it.</summary>
public class BfdProfileValidatorTests
{
    [Fact]
    public void OutOfRangeFields_FailWithTheRuleIdAndTheManifestPath()
    {
        var result = MetalLbValidators.BfdProfile.Validate(new BfdProfile { Metadata = new("fast"), DetectMultiplier = 1, ReceiveInterval = 5 });

        Assert.Equal(
            [("MLB0500", "spec.detectMultiplier"), ("MLB0500", "spec.receiveInterval")],
            result.Errors.Select(e => (e.ErrorCode, e.PropertyName)).Order().ToList());
        Assert.All(result.Errors, e => Assert.Equal(FluentValidation.Severity.Error, e.Severity));
    }

    [Fact]
    public void ValuesInRange_AndUnsetFields_Pass()
    {
        Assert.True(MetalLbValidators.BfdProfile.Validate(new BfdProfile { Metadata = new("fast"), DetectMultiplier = 3 }).IsValid);
        Assert.True(MetalLbValidators.BfdProfile.Validate(new BfdProfile(), ValidationOptions.Default).IsValid);
    }
}
