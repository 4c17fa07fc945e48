namespace MetalLb.Validation.Tests.Rules.Modes;

public class BeyondMetalLbModeRulesTests
{
    [Fact]
    public void NativeDuplicateSessionOnKnownNode_MLB0830_Error()
    {
        var finding = Check.Single(Yaml.Node("n1") + Yaml.Peer("a", "192.0.2.1") + Yaml.Peer("b", "192.0.2.1", extra: "holdTime: 30s"), "MLB0830", Yaml.Native);

        Assert.Equal(Diagnostics.DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("n1", finding.Node);
    }

    [Fact]
    public void NativeDuplicateSessionAssumedWithoutNodes_MLB0830_Warning() =>
        Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, Check.Single(
            Yaml.Peer("a", "192.0.2.1", extra: "nodeSelectors: [{matchLabels: {rack: a}}]") + Yaml.Peer("b", "192.0.2.1", extra: "nodeSelectors: [{matchLabels: {rack: b}}]"),
            "MLB0830",
            Yaml.Native).Severity);

    [Fact]
    public void NativeSameRouterOtherPort_MLB0830_Silent() =>
        Check.None(Yaml.Peer("a", "192.0.2.1") + Yaml.Peer("b", "192.0.2.1", extra: "peerPort: 1179"), "MLB0830", Yaml.Native);

    [Fact]
    public void NativeSameRouterDisjointNodes_MLB0830_Silent() =>
        Check.None(
            Yaml.Node("n1") + Yaml.Node("n2") + Yaml.Peer("a", "192.0.2.1", extra: "nodeSelectors: [{matchLabels: {kubernetes.io/hostname: n1}}]") + Yaml.Peer("b", "192.0.2.1", extra: "nodeSelectors: [{matchLabels: {kubernetes.io/hostname: n2}}]"),
            "MLB0830",
            Yaml.Native);

    [Fact]
    public void SourceAddressInFrrK8s_MLB0831_Warns() =>
        Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, Check.Single(Yaml.Peer("a", "192.0.2.1", extra: "sourceAddress: 192.0.2.100"), "MLB0831", Yaml.FrrK8s).Severity);

    [Fact]
    public void SourceAddressInFrr_MLB0831_Silent() => Check.None(Yaml.Peer("a", "192.0.2.1", extra: "sourceAddress: 192.0.2.100"), "MLB0831", Yaml.Frr);

    [Fact]
    public void LocalAsnInFrrK8s_MLB0832_Fires() => Check.Single(Yaml.Peer("a", "192.0.2.1", extra: "localASN: 65001"), "MLB0832", Yaml.FrrK8s);

    [Fact]
    public void LocalAsnInFrr_MLB0832_Silent() => Check.None(Yaml.Peer("a", "192.0.2.1", extra: "localASN: 65001"), "MLB0832", Yaml.Frr);

    [Fact]
    public void Ipv6PeerInNative_MLB0833_Fires() => Check.Single(Yaml.Peer("a", "2001:db8::1"), "MLB0833", Yaml.Native);

    [Fact]
    public void Ipv4PeerInNative_MLB0833_Silent() => Check.None(Yaml.Peer("a", "192.0.2.1"), "MLB0833", Yaml.Native);
}
