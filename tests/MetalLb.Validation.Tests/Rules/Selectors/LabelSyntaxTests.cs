using MetalLb.Validation.Rules.Selectors;

namespace MetalLb.Validation.Tests.Rules.Selectors;

public class LabelSyntaxTests
{
    [Theory]
    [InlineData("zone")]
    [InlineData("kubernetes.io/hostname")]
    [InlineData("a.b-c.d/E_f.G-1")]
    public void KeyProblem_ValidKey_IsNull(string key) => Assert.Null(LabelSyntax.KeyProblem(key));

    [Theory]
    [InlineData("")]
    [InlineData("Example.com/zone")]
    [InlineData("example.com/")]
    [InlineData("a/b/c")]
    [InlineData("zone_")]
    public void KeyProblem_InvalidKey_IsExplained(string key) => Assert.NotNull(LabelSyntax.KeyProblem(key));

    [Fact]
    public void KeyProblem_NameOf64Characters_IsTooLong() => Assert.Contains("63", LabelSyntax.KeyProblem(new string('a', 64)), StringComparison.Ordinal);

    [Fact]
    public void KeyProblem_PrefixOf254Characters_IsTooLong() => Assert.Contains("253", LabelSyntax.KeyProblem(new string('a', 254) + "/x"), StringComparison.Ordinal);

    [Theory]
    [InlineData("", true)]
    [InlineData("a", true)]
    [InlineData("A.b_c-1", true)]
    [InlineData("-a", false)]
    [InlineData("a b", false)]
    public void ValueProblem_FollowsLabelValueSyntax(string value, bool valid) => Assert.Equal(valid, LabelSyntax.ValueProblem(value) is null);
}
