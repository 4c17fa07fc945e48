namespace MetalLb.Validation.Tests.Rules.Modes;

/// <summary>
/// The Modes rules are families of rows, each family one check: a row is reported only for its own mode and release,
/// and disabling one row leaves the others of its family running.
/// </summary>
public class ModeFamiliesTests
{
    private static readonly string TwoPeersDisagreeing =
        Yaml.Peer("a", "192.0.2.1", myAsn: 64512, extra: "routerID: 10.0.0.1") + Yaml.Peer("b", "192.0.2.2", myAsn: 64513, extra: "routerID: 10.0.0.2");

    [Fact]
    public void FrrPairRow_Disabled_OtherRowsOfTheFamilyStillReport()
    {
        var options = new ValidationOptions { Mode = Diagnostics.BackendMode.Frr, DisabledRules = new HashSet<string> { MetalLbRules.FrrRouterIdMismatch.Id } };

        Check.None(TwoPeersDisagreeing, MetalLbRules.FrrRouterIdMismatch.Id, options);
        Check.Single(TwoPeersDisagreeing, MetalLbRules.FrrMyAsnMismatch.Id, options);
    }

    [Fact]
    public void FrrPairRows_ReportTheBehaviourOfTheRelease()
    {
        var old = new ValidationOptions { Mode = Diagnostics.BackendMode.Frr, MetalLbVersion = MetalLbRelease.ClusterWideFrrChecksThrough };

        Check.Single(TwoPeersDisagreeing, MetalLbRules.FrrMyAsnMismatchClusterWide.Id, old);
        Check.None(TwoPeersDisagreeing, MetalLbRules.FrrMyAsnMismatch.Id, old);
        Check.None(TwoPeersDisagreeing, MetalLbRules.FrrMyAsnMismatchClusterWide.Id, Yaml.Frr);
        Check.None(TwoPeersDisagreeing, MetalLbRules.FrrMyAsnMismatch.Id, Yaml.Native);
    }

    [Fact]
    public void PeerFieldRow_Disabled_OtherRowsStillReport()
    {
        var yaml = Yaml.Peer("tor", "192.0.2.1", extra: "keepaliveTime: 30s\nvrf: red");
        var options = new ValidationOptions { Mode = Diagnostics.BackendMode.Native, DisabledRules = new HashSet<string> { MetalLbRules.NativeUnsupportedKeepaliveTime.Id } };

        Check.None(yaml, MetalLbRules.NativeUnsupportedKeepaliveTime.Id, options);
        Check.Single(yaml, MetalLbRules.NativeUnsupportedVrf.Id, options);
    }

    [Fact]
    public void PeerFieldRows_ReportOnlyInTheirMode()
    {
        var yaml = Yaml.Peer("tor", "192.0.2.1", extra: "localASN: 65001\nsourceAddress: 192.0.2.10");

        Check.Single(yaml, MetalLbRules.NativeUnsupportedLocalAsn.Id, Yaml.Native);
        Check.None(yaml, MetalLbRules.FrrK8sLocalAsnIgnored.Id, Yaml.Native);
        Check.Single(yaml, MetalLbRules.FrrK8sLocalAsnIgnored.Id, Yaml.FrrK8s);
        Check.Single(yaml, MetalLbRules.FrrK8sSourceAddressIgnored.Id, Yaml.FrrK8s);
        Check.None(yaml, MetalLbRules.NativeUnsupportedLocalAsn.Id, Yaml.FrrK8s);
        Assert.DoesNotContain(Check.Yaml(yaml, Yaml.Frr).Diagnostics, d => d.RuleId is "MLB0810" or "MLB0831" or "MLB0832");
    }
}
