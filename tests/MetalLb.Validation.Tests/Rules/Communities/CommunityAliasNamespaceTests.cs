using MetalLb.Validation.Diagnostics;
using static MetalLb.Validation.Tests.Rules.Yaml;

namespace MetalLb.Validation.Tests.Rules.Communities;

/// <summary>MetalLB builds its alias table from the Communities of its own namespace only (communitiesFromCrs over its namespaced cache).</summary>
public class CommunityAliasNamespaceTests
{
    // A Flux install in "networking" whose Community was left in the chart's example namespace.
    private const string Install = """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: metallb
          namespace: networking
        spec:
          chart:
            spec:
              chart: metallb
              sourceRef: {kind: HelmRepository, name: metallb}
        ---

        """;

    private static string Configuration(string communityNamespace) =>
        Install
        + Object("IPAddressPool", "public", "addresses: [198.51.100.0/24]", ns: "networking")
        + Object("BGPPeer", "tor", "myASN: 64512\npeerASN: 64600\npeerAddress: 192.0.2.1", "metallb.io/v1beta2", ns: "networking")
        + Object("BGPAdvertisement", "public", "ipAddressPools: [public]\ncommunities: [no-export-tor]", ns: "networking")
        + Object("Community", "aliases", "communities: [{name: no-export-tor, value: \"65535:65281\"}]", ns: communityNamespace);

    [Fact]
    public void AliasOnlyInAnotherNamespace_MLB0604_OnTheAdvertisement_NamingWhere()
    {
        var report = Check.Yaml(Configuration("metallb-system"));

        var finding = Assert.Single(report.For("MLB0604"));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal(("BGPAdvertisement", "networking"), (finding.Resource!.Kind, finding.Resource.Namespace));
        Assert.Contains("Community \"aliases\" in namespace \"metallb-system\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Move that Community to namespace networking", finding.Message, StringComparison.Ordinal);
        Assert.Single(report.For("MLB1200"));
    }

    [Fact]
    public void AliasInMetalLbsNamespace_Silent()
    {
        var report = Check.Yaml(Configuration("networking"));

        Assert.Empty(report.For("MLB0604"));
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void DuplicateAliasElsewhere_NotComparedWithTheRealOne()
    {
        var other = Object("Community", "old", "communities: [{name: no-export-tor, value: \"65535:65281\"}]", ns: "metallb-system");

        var report = Check.Yaml(Configuration("networking") + other);

        Assert.Empty(report.For("MLB0601"));
        Assert.Single(report.For("MLB1200"));
    }
}
