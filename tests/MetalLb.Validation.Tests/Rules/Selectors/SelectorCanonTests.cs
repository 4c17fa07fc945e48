using FsCheck.Xunit;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Model.Values;
using MetalLb.Validation.Rules.Selectors;

namespace MetalLb.Validation.Tests.Rules.Selectors;

public class SelectorCanonTests
{
    private static LabelSelector Selector(IReadOnlyDictionary<string, string> labels, params SelectorRequirement[] expressions) =>
        new(labels, expressions, SourceSpan.None);

    private static SelectorRequirement In(string key, params string[] values) => new(key, "In", values, SourceSpan.None);

    [Property]
    public bool Of_IgnoresTheOrderOfExpressionValues(string[] values)
    {
        var clean = values.Where(v => v is not null).ToArray();
        var reversed = clean.Reverse().ToArray();
        return SelectorCanon.Of(Selector(new Dictionary<string, string>(), In("k", clean))) ==
               SelectorCanon.Of(Selector(new Dictionary<string, string>(), In("k", reversed)));
    }

    [Fact]
    public void Of_IgnoresTheOrderOfMatchLabels() =>
        Assert.Equal(
            SelectorCanon.Of(Selector(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" })),
            SelectorCanon.Of(Selector(new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" })));

    [Fact]
    public void Of_KeepsTheOrderOfExpressions() =>
        Assert.NotEqual(
            SelectorCanon.Of(Selector(new Dictionary<string, string>(), In("a", "1"), In("b", "2"))),
            SelectorCanon.Of(Selector(new Dictionary<string, string>(), In("b", "2"), In("a", "1"))));

    [Fact]
    public void Of_TellsALabelFromTheEquivalentExpression() =>
        Assert.NotEqual(
            SelectorCanon.Of(Selector(new Dictionary<string, string> { ["a"] = "b" })),
            SelectorCanon.Of(Selector(new Dictionary<string, string>(), In("a", "b"))));
}
