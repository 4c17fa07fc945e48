using System.Text.Json;
using MetalLb.Validation.Configuration;
using MetalLb.Validation.Reporting;
using MetalLb.Validation.Rules;
using MetalLb.Validation.Tests.Cli;

namespace MetalLb.Validation.Tests.Releases;

public class MetalLbReleaseTests
{
    [Fact]
    public void Known_RunsFromTheCrdApiToTheNewestTag_WithoutGaps()
    {
        Assert.Equal(new Version(0, 13, 0), MetalLbRelease.Oldest);
        Assert.Equal(new Version(0, 16, 1), MetalLbRelease.Newest);
        Assert.Equal(29, MetalLbRelease.Known.Count);
        Assert.Contains(new Version(0, 15, 3), MetalLbRelease.Known);
        Assert.Contains(new Version(0, 16, 0), MetalLbRelease.Known);
        Assert.DoesNotContain(new Version(0, 15, 4), MetalLbRelease.Known);
        Assert.Equal(MetalLbRelease.Known.OrderBy(v => v), MetalLbRelease.Known);
    }

    [Fact]
    public void NodeAwareFrrChecks_StartAtARealRelease_RightAfterTheClusterWideOnes()
    {
        Assert.Contains(MetalLbRelease.NodeAwareFrrChecksFrom, MetalLbRelease.Known);
        var index = MetalLbRelease.Known.ToList().IndexOf(MetalLbRelease.ClusterWideFrrChecksThrough);
        Assert.Equal(MetalLbRelease.NodeAwareFrrChecksFrom, MetalLbRelease.Known[index + 1]);
    }

    [Fact]
    public void EveryReleaseBoundOfARule_IsAKnownRelease()
    {
        foreach (var rule in RuleCatalog.Default.Descriptors)
        {
            Assert.True(rule.AppliesTo.From is null || MetalLbRelease.IsKnown(rule.AppliesTo.From), rule.Id);
            Assert.True(rule.AppliesTo.Through is null || MetalLbRelease.IsKnown(rule.AppliesTo.Through), rule.Id);
        }
    }

    [Fact]
    public void EveryRulePage_NamesOnlyKnownReleases()
    {
        var version = new System.Text.RegularExpressions.Regex(@"\b0\.1[0-9]\.[0-9]+\b");
        foreach (var page in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "rules"), "*.md"))
        {
            foreach (System.Text.RegularExpressions.Match m in version.Matches(File.ReadAllText(page)))
            {
                Assert.True(MetalLbRelease.TryParse(m.Value, out var v) && MetalLbRelease.IsKnown(v), $"{Path.GetFileName(page)} names {m.Value}");
            }
        }
    }

    [Fact]
    public void Default_IsTheNewestNamedRelease() =>
        Assert.Equal(MetalLbRelease.Newest, ValidationOptions.Default.MetalLbVersion);

    [Theory]
    [InlineData(0, 15, 4)]
    [InlineData(0, 12, 1)]
    [InlineData(1, 0, 0)]
    public void Options_RejectUnknownReleases_NamingTheKnownOnes(int major, int minor, int patch)
    {
        var error = Assert.Throws<ArgumentException>(() => new ValidationOptions { MetalLbVersion = new Version(major, minor, patch) });

        Assert.Contains("0.16.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("0.13.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AcceptTwoPartReleases_AsPatchZero() =>
        Assert.Equal(new Version(0, 16, 0), new ValidationOptions { MetalLbVersion = new Version(0, 16) }.MetalLbVersion);

    [Theory]
    [InlineData("0.15.4", "not a MetalLB release this tool knows")]
    [InlineData("0.12.1", "older than the CRD API")]
    public void Cli_UnknownRelease_IsAUsageErrorListingTheKnownOnes(string release, string why)
    {
        var (exit, output, error) = CliRunner.Run(Check.Pool("p", "10.0.0.0/24"), "validate", "-", "--metallb-version", release);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(why, error, StringComparison.Ordinal);
        Assert.Contains("0.15.3, 0.16.0, 0.16.1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsFile_UnknownRelease_IsAnErrorListingTheKnownOnes()
    {
        ToolConfigurationReader.Read("metallbVersion: 0.15.4\n", "c.yaml", out var errors);

        Assert.Contains("0.15.3, 0.16.0, 0.16.1", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySummary_NamesTheRelease()
    {
        var report = new MetalLbValidator(new ValidationOptions { MetalLbVersion = new Version(0, 14, 9) }).ValidateText(Check.Pool("p", "10.0.0.0/24"));

        Assert.Contains("(mode frr-k8s, MetalLB 0.14.9, namespace ", TextReportFormatter.Summary(report), StringComparison.Ordinal);
        Assert.Equal("0.14.9", Json(new JsonReportFormatter(), report).GetProperty("summary").GetProperty("metallbVersion").GetString());
        var sarif = Json(new SarifReportFormatter("1.0.0", RepositoryRoot.Path), report).GetProperty("runs")[0].GetProperty("properties");
        Assert.Equal("0.14.9", sarif.GetProperty("metallbVersion").GetString());
        Assert.Equal("frr-k8s", sarif.GetProperty("mode").GetString());
    }

    private static JsonElement Json(IReportFormatter formatter, ValidationReport report)
    {
        using var writer = new StringWriter();
        formatter.Write(report, writer);
        return JsonDocument.Parse(writer.ToString()).RootElement.Clone();
    }
}
