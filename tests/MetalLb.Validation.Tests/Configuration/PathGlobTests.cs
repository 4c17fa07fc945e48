using MetalLb.Validation.Configuration;

namespace MetalLb.Validation.Tests.Configuration;

public class PathGlobTests
{
    [Theory]
    [InlineData("*.json", "a.json", true)]
    [InlineData("*.json", "deep/dir/a.json", true)]
    [InlineData("*.json", "a.yaml", false)]
    [InlineData("vendor", "vendor/x.yaml", true)]
    [InlineData("vendor", "apps/vendor/x.yaml", true)]
    [InlineData("vendor", "vendors/x.yaml", false)]
    [InlineData("charts/*/templates", "charts/metallb/templates/a.yaml", true)]
    [InlineData("charts/*/templates", "charts/a/b/templates/a.yaml", false)]
    [InlineData("charts/**/templates", "charts/a/b/templates/a.yaml", true)]
    [InlineData("charts/**/templates", "charts/templates/a.yaml", true)]
    [InlineData("**/test-*.yaml", "x/y/test-1.yaml", true)]
    [InlineData("**/test-*.yaml", "test-1.yaml", true)]
    [InlineData("/top.yaml", "sub/top.yaml", false)]
    [InlineData("./sub/*.yaml", "sub/a.yaml", true)]
    [InlineData("./sub/*.yaml", "./sub/a.yaml", true)]
    [InlineData("generated/**", "generated/a/b.yaml", true)]
    [InlineData("generated/**", "src/generated/b.yaml", false)]
    [InlineData("generated/", "generated/b.yaml", true)]
    [InlineData("*.JSON", "a.json", false)]
    [InlineData("charts/*/templates", "charts/metallb/templates", true)]
    [InlineData("charts\\*\\templates", "charts\\metallb\\templates\\a.yaml", true)]
    public void IsMatch_FollowsGitignoreLikeRules(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new PathGlob(pattern).IsMatch(path));
    }

    [Fact]
    public void PathFilter_IsRelativeToItsBaseDirectory_AndIgnoresPathsOutside()
    {
        var filter = new PathFilter(["generated/**"], "/repo");

        Assert.True(filter.IsIgnored("/repo/generated/a/b.yaml"));
        Assert.False(filter.IsIgnored("/repo/src/generated.yaml"));
        Assert.False(filter.IsIgnored("/elsewhere/generated/a.yaml"));
    }
}
