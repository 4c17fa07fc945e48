using MetalLb.Validation.Diagnostics;
using MetalLb.Validation.Loading;
using MetalLb.Validation.Tests.Rules;

namespace MetalLb.Validation.Tests.Namespaces;

/// <summary>
/// MetalLB caches its kinds and Secrets with a metadata.namespace field selector (internal/k8s/k8s.go): objects in
/// another namespace are never read, so they get MLB1200 and are compared with nothing.
/// </summary>
public class OutsideNamespaceTests
{
    // A Flux homelab: MetalLB installed in "networking", its live configuration there.
    private static readonly string Live = GitOps.HelmRelease("networking", "0.14.8") + """
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: lan
          namespace: networking
        spec:
          addresses: [192.168.1.240/28]
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata:
          name: router
          namespace: networking
        spec:
          myASN: 64512
          peerASN: 64512
          peerAddress: 192.168.1.1
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata:
          name: lan
          namespace: networking
        spec:
          ipAddressPools: [lan]
          localPref: 100
        ---

        """;

    // Leftovers of the chart's example in metallb-system: an overlapping pool, a second peer to the same router, an
    // advertisement of the same pool with another localPref and a reference to nothing MetalLB reads.
    private static string Leftovers(string ns) => $"""
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata:
          name: example
          namespace: {ns}
        spec:
          addresses: [192.168.1.240-192.168.1.250]
        ---
        apiVersion: metallb.io/v1beta2
        kind: BGPPeer
        metadata:
          name: example
          namespace: {ns}
        spec:
          myASN: 64512
          peerASN: 64512
          peerAddress: 192.168.1.1
        ---
        apiVersion: metallb.io/v1beta1
        kind: BGPAdvertisement
        metadata:
          name: example
          namespace: {ns}
        spec:
          ipAddressPools: [lan, example]
          localPref: 200
          peers: [example]
        ---

        """;

    private static readonly ValidationOptions Frr = new() { Mode = BackendMode.Frr, MetalLbVersion = new Version(0, 14, 8) };

    [Fact]
    public void LeftoversElsewhere_GetMLB1200Only_NothingComparesThem()
    {
        var report = Check.Yaml(Live + Leftovers("metallb-system"), Frr);

        var elsewhere = report.Diagnostics.Where(d => d.Resource?.Namespace == "metallb-system").ToList();
        Assert.Equal(3, elsewhere.Count(d => d.RuleId == "MLB1200"));
        Assert.All(elsewhere, d => Assert.Equal("MLB1200", d.RuleId));
        Assert.Equal(3, report.ErrorCount);
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId is "MLB0104" or "MLB0822" or "MLB0823" or "MLB0310");
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("\"example\"", StringComparison.Ordinal) && d.RuleId != "MLB1200");
    }

    [Fact]
    public void LeftoversInMetalLbsNamespace_AreCompared()
    {
        var report = Check.Yaml(Live + Leftovers("networking"), Frr);

        Assert.Empty(report.For("MLB1200"));
        Assert.NotEmpty(report.For("MLB0104"));
        Assert.NotEmpty(report.For("MLB0822").Concat(report.For("MLB0823")));
        Assert.NotEmpty(report.For("MLB0310"));
    }

    [Fact]
    public void ObjectElsewhere_StillCheckedOnItsOwn()
    {
        var broken = Yaml.Object("IPAddressPool", "typo", "addresses: [192.168.1.300/32]", ns: "default");

        var report = Check.Yaml(Live + broken);

        Assert.Single(report.For("MLB1200"));
        Assert.Single(report.For("MLB0102"));
    }

    [Fact]
    public void ReferenceToObjectElsewhere_ErrorOnTheReferrer_NamingWhere()
    {
        var ad = Yaml.Object("BGPAdvertisement", "extra", "ipAddressPools: [example]", ns: "networking");

        var finding = Check.Single(Live + ad + Leftovers("metallb-system"), "MLB0311", Frr);

        Assert.Equal("networking", finding.Resource!.Namespace);
        Assert.Contains("metallb-system", finding.Message, StringComparison.Ordinal);
    }

}
