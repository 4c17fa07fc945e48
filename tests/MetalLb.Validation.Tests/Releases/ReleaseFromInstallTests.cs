using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Reporting;

namespace MetalLb.Validation.Tests.Releases;

/// <summary>With no release given, the release the input's MetalLB install pins is the one validated (MLB0017).</summary>
public class ReleaseFromInstallTests
{
    // v1beta1 timers left unset: 0s from 0.14.9 on (MLB0229), the 90s default before.
    private static readonly string Peer = Check.Peer("tor", "myASN: 64512\npeerASN: 64600\npeerAddress: 192.0.2.1", "metallb.io/v1beta1");

    [Fact]
    public void PinnedChart_IsTheReleaseValidated_AndSaidSo()
    {
        var report = Check.Yaml(GitOps.HelmRelease("metallb-system", "0.13.7") + Peer);

        Assert.Equal(new Version(0, 13, 7), report.Options.MetalLbVersion);
        var info = Assert.Single(report.For("MLB0017"));
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("installs MetalLB 0.13.7", info.Message, StringComparison.Ordinal);
        Assert.Empty(report.For("MLB0229"));
        Assert.Contains("MetalLB 0.13.7", TextReportFormatter.Summary(report), StringComparison.Ordinal);
    }

    [Fact]
    public void GivenRelease_Wins_Silently()
    {
        var report = Check.Yaml(GitOps.HelmRelease("metallb-system", "0.13.7") + Peer, new ValidationOptions { MetalLbVersion = new Version(0, 16, 1) });

        Assert.Equal(new Version(0, 16, 1), report.Options.MetalLbVersion);
        Assert.Empty(report.For("MLB0017"));
        Assert.Single(report.For("MLB0229"));
    }

    [Theory]
    [InlineData("0.12.1")]
    [InlineData("0.14.x")]
    public void UnknownOrUnpinnedRelease_KeepsTheNewest(string version)
    {
        var report = Check.Yaml(GitOps.HelmRelease("metallb-system", version) + Peer);

        Assert.Equal(MetalLbRelease.Newest, report.Options.MetalLbVersion);
        Assert.Empty(report.For("MLB0017"));
    }

    [Fact]
    public void InstallsThatDisagree_KeepTheNewest() =>
        Assert.Empty(Check.Yaml(GitOps.HelmRelease("metallb-system", "0.13.7") + GitOps.HelmRelease("metallb-system", "0.14.8").Replace("name: metallb\n  namespace", "name: metallb-b\n  namespace", StringComparison.Ordinal) + Peer).For("MLB0017"));

    [Fact]
    public void SettingsFileWithoutRelease_StillInfersIt()
    {
        var settings = MetalLb.Validation.Configuration.ToolConfigurationReader.Read("mode: frr\n", ".metallb-validate.yaml", out var errors);
        Assert.Empty(errors);

        var report = Check.Yaml(GitOps.HelmRelease("metallb-system", "0.13.7") + Peer, settings.ApplyTo(new ValidationOptions()));

        Assert.Equal(new Version(0, 13, 7), report.Options.MetalLbVersion);
        Assert.Single(report.For("MLB0017"));
    }

}
