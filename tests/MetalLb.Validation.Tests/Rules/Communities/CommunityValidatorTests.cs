using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.MetalLb;

namespace MetalLb.Validation.Tests.Rules.Communities;

/// <summary>The Community validator used on its own, on objects built in code.</summary>
public class CommunityValidatorTests
{
    private static Community Aliases(params (string Name, string Value)[] aliases) => new()
    {
        ApiVersion = "metallb.io/v1beta1",
        Kind = Community.KindName,
        Aliases = [.. aliases.Select(a => new CommunityAlias(a.Name, a.Value, SourceSpan.None))],
    };

    [Fact]
    public void ValidAliases_Pass() =>
        Assert.True(MetalLbValidators.Community.Validate(Aliases(("no-export", "65535:65281"), ("large", "large:64512:1:2"))).IsValid);

    [Fact]
    public void BadValue_FailsAtTheValue()
    {
        var failure = Assert.Single(MetalLbValidators.Community.Validate(Aliases(("ok", "1:2"), ("bad", "70000:1"))).Errors);
        Assert.Equal(MetalLbRules.CommunityAliasValueInvalid.Id, failure.ErrorCode);
        Assert.Equal("spec.communities[1].value", failure.PropertyName);
        Assert.StartsWith("alias \"bad\": ", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void NameThatIsAnotherValue_WarnsAtTheName()
    {
        var failure = Assert.Single(MetalLbValidators.Community.Validate(Aliases(("1:2", "3:4"))).Errors);
        Assert.Equal(MetalLbRules.CommunityAliasShadowsLiteral.Id, failure.ErrorCode);
        Assert.Equal("spec.communities[0].name", failure.PropertyName);
        Assert.Equal(FluentValidation.Severity.Warning, failure.Severity);
    }

    [Fact]
    public void NameThatIsTheSameValue_Passes() => Assert.True(MetalLbValidators.Community.Validate(Aliases(("1:2", "1:2"))).IsValid);
}
