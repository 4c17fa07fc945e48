using System.Text.RegularExpressions;
using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Releases;
using MetalLb.Validation.Rules;

namespace MetalLb.Validation.Tests.Releases;

/// <summary>
/// The per-release CRD field table against facts read from MetalLB's tags
/// (<c>git show vX.Y.Z:config/crd/bases/metallb.io_*.yaml</c>), and what the validator does with a field the
/// release validated does not have.
/// </summary>
public partial class CrdFieldsTests
{
    [Theory]
    [InlineData("BGPPeer", "vrf", "0.13.8")]
    [InlineData("BGPPeer", "connectTime", "0.14.4")]
    [InlineData("BGPPeer", "disableMP", "0.14.4")]
    [InlineData("BGPPeer", "enableGracefulRestart", "0.14.6")]
    [InlineData("BGPPeer", "dynamicASN", "0.14.9")]
    [InlineData("BGPPeer", "interface", "0.15.0")]
    [InlineData("BGPPeer", "dualStackAddressFamily", "0.15.0")]
    [InlineData("BGPPeer", "localASN", "0.16.0")]
    [InlineData("IPAddressPool", "avoidBuggyIPs", "0.13.4")]
    [InlineData("IPAddressPool", "serviceAllocation", "0.13.8")]
    [InlineData("L2Advertisement", "interfaces", "0.13.6")]
    [InlineData("L2Advertisement", "serviceSelectors", "0.16.0")]
    [InlineData("BGPAdvertisement", "serviceSelectors", "0.16.0")]
    public void Table_NamesTheFirstTagWhoseCrdHasTheField(string kind, string field, string since)
    {
        var row = CrdFields.Find(kind, field);
        Assert.NotNull(row);
        Assert.Equal(Version.Parse(since), row.Since);
        Assert.True(MetalLbRelease.IsKnown(row.Since));
    }

    [Theory]
    [InlineData("BGPPeer", "passwordSecret")]
    [InlineData("BGPPeer", "keepaliveTime")]
    [InlineData("BGPPeer", "ebgpMultiHop")]
    [InlineData("BGPPeer", "bfdProfile")]
    [InlineData("BGPAdvertisement", "peers")]
    [InlineData("BGPAdvertisement", "nodeSelectors")]
    [InlineData("BGPAdvertisement", "ipAddressPoolSelectors")]
    [InlineData("L2Advertisement", "nodeSelectors")]
    [InlineData("IPAddressPool", "autoAssign")]
    [InlineData("BFDProfile", "echoMode")]
    public void Table_LeavesOutFieldsEveryReleaseHas(string kind, string field) => Assert.Null(CrdFields.Find(kind, field));

    [Fact]
    public void PreferredNodeSelectors_IsInNoRelease() =>
        Assert.Null(CrdFields.Find("L2Advertisement", "preferredNodeSelectors")!.Since);

    private const string VrfPeer = """
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata:
          name: tor-red
          namespace: metallb-system
        spec:
          myASN: 64512
          peerASN: 64600
          peerAddress: 192.0.2.1
          vrf: red
        """;

    private static ValidationOptions At(string release, BackendMode mode = BackendMode.Frr) =>
        new() { Mode = mode, MetalLbVersion = Version.Parse(release) };

    [Fact]
    public void Field_BeforeItsRelease_IsUnknownAndNamesTheFirstReleaseWithIt()
    {
        var finding = Check.Single(VrfPeer, "MLB0005", At("0.13.7"));
        Assert.Equal("spec.vrf", finding.Path);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains("MetalLB 0.13.7", finding.Message, StringComparison.Ordinal);
        Assert.Contains("added in 0.13.8", finding.Message, StringComparison.Ordinal);
        Assert.Equal(10, finding.Location.Line);
    }

    [Fact]
    public void Field_FromItsRelease_IsSilent() => Check.None(VrfPeer, "MLB0005", At("0.13.8"));

    [Fact]
    public void Field_RemovedAsAdvised_LeavesNoError()
    {
        var report = Check.Yaml(VrfPeer.Replace("  vrf: red", string.Empty, StringComparison.Ordinal), At("0.13.7"));
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void FrrOnlyField_InNativeMode_IsAdvisedRemovedNotUpgraded()
    {
        var finding = Check.Single(VrfPeer, "MLB0005", At("0.13.7", BackendMode.Native));
        Assert.Contains("native mode rejects vrf", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("upgrade", finding.Message, StringComparison.Ordinal);

        // Upgrading in native mode would trade the finding for MLB0803, which is why the advice does not say it.
        Check.Single(VrfPeer, "MLB0803", At("0.13.8", BackendMode.Native));
        Check.None(VrfPeer, "MLB0803", At("0.13.7", BackendMode.Native));
    }

    [Fact]
    public void DroppedField_HasNoOtherLoadFindings()
    {
        var yaml = VrfPeer.Replace("vrf: red", "vrf: 5", StringComparison.Ordinal);
        Check.None(yaml, "MLB0004", At("0.13.7"));
        Check.Single(yaml, "MLB0004", At("0.13.8"));
    }

    private const string LocalAsnPeer = """
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata:
          name: tor
          namespace: metallb-system
        spec:
          myASN: 64512
          peerASN: 64600
          peerAddress: 192.0.2.1
          localASN: 65001
        """;

    [Fact]
    public void RulesAboutAField_DoNotRunBeforeItsRelease()
    {
        Check.None(LocalAsnPeer, "MLB0810", At("0.15.3", BackendMode.Native));
        Check.Single(LocalAsnPeer, "MLB0005", At("0.15.3", BackendMode.Native));
        Check.Single(LocalAsnPeer, "MLB0810", At("0.16.0", BackendMode.Native));
        Check.None(LocalAsnPeer, "MLB0005", At("0.16.0", BackendMode.Native));
        Check.None(LocalAsnPeer, "MLB0832", At("0.15.3", BackendMode.FrrK8s));
        Check.Single(LocalAsnPeer, "MLB0832", At("0.16.0", BackendMode.FrrK8s));
    }

    [Fact]
    public void RuleRanges_DerivedFromTheTable_StartWhereTheFieldDoes()
    {
        Assert.Equal(new Version(0, 16, 0), RuleCatalog.Default.Find("MLB0228")!.AppliesTo.From);
        Assert.Equal(new Version(0, 16, 0), RuleCatalog.Default.Find("MLB0810")!.AppliesTo.From);
        Assert.Equal(new Version(0, 16, 0), RuleCatalog.Default.Find("MLB0832")!.AppliesTo.From);
        Assert.Equal(new Version(0, 13, 8), RuleCatalog.Default.Find("MLB0803")!.AppliesTo.From);
        Assert.Equal(new Version(0, 13, 6), RuleCatalog.Default.Find("MLB0408")!.AppliesTo.From);
    }

    [Fact]
    public void FrrDuplicatePeer_BeforeVrfs_ComparesPeersInDifferentVrfs()
    {
        var yaml = VrfPeer + "\n---\n" + VrfPeer.Replace("tor-red", "tor-blue", StringComparison.Ordinal).Replace("vrf: red", "vrf: blue", StringComparison.Ordinal);

        // Up to 0.13.7 the CRD has no vrf: both peers are in the default VRF and MetalLB's key is the address alone.
        Check.Single(yaml, "MLB0823", At("0.13.7"));
        Check.None(yaml, "MLB0823", At("0.13.8"));
    }

    [Fact]
    public void EveryRulePage_StatesItsDescriptorsReleases()
    {
        foreach (var rule in RuleCatalog.Default.Descriptors)
        {
            var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, rule.HelpPath));
            var stated = ReleasesLine().Match(page).Groups[1].Value.Trim();
            var expected = rule.AppliesTo.ToString();
            Assert.True(stated == expected || (stated == "all" && expected == "all releases"), $"{rule.Id}: page says '{stated}', descriptor '{expected}'");
        }
    }

    [GeneratedRegex("- MetalLB releases: (.*)")]
    private static partial Regex ReleasesLine();
}
