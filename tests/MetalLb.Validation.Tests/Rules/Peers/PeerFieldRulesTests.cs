using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Tests.Rules.Peers;

public class PeerFieldRulesTests
{
    private const string Base = "myASN: 64512\npeerASN: 64600\npeerAddress: 10.0.0.1";
    private const string V1 = "metallb.io/v1beta1";

    private static string Peer(string extra, string apiVersion = "metallb.io/v1beta2") => Check.Peer("p", Base + "\n" + extra, apiVersion);

    private static string Secret(string name, string type, params string[] keys) => $"""
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: {name}
          namespace: metallb-system
        type: {type}
        data:
        {string.Join("\n", keys.Select(k => $"  {k}: c2VjcmV0"))}

        """;

    private const string Bfd = """
        ---
        apiVersion: metallb.io/v1beta1
        kind: BFDProfile
        metadata:
          name: fast
          namespace: metallb-system

        """;

    [Theory]
    [InlineData("Internal")]
    [InlineData("ibgp")]
    public void MLB0204_UnknownDynamicAsn_Fires(string value) =>
        Check.Single(Check.Peer("p", $"myASN: 64512\ndynamicASN: {value}\npeerAddress: 10.0.0.1"), "MLB0204");

    [Fact]
    public void MLB0204_External_Silent() => Check.None(Check.Peer("p", "myASN: 64512\ndynamicASN: external\npeerAddress: 10.0.0.1"), "MLB0204");

    [Fact]
    public void MLB0205_MultiHopOnIbgp_Fires() =>
        Check.Single(Check.Peer("p", "myASN: 64512\npeerASN: 64512\npeerAddress: 10.0.0.1\nebgpMultiHop: true"), "MLB0205");

    [Fact]
    public void MLB0205_MultiHopOnEbgp_Silent() => Check.None(Peer("ebgpMultiHop: true"), "MLB0205");

    [Theory]
    [InlineData("holdTime: 1s", "spec.holdTime")]
    [InlineData("holdTime: 2900ms", "spec.holdTime")]
    [InlineData("keepaliveTime: 500ms", "spec.keepaliveTime")]
    public void MLB0209_ShortHold_Fires(string timers, string path) => Assert.Equal(path, Check.Single(Peer(timers), "MLB0209").Path);

    [Theory]
    [InlineData("holdTime: 0s")]
    [InlineData("holdTime: 3s")]
    [InlineData("keepaliveTime: 1s")]
    [InlineData("holdTime: 3500ms\nkeepaliveTime: 3500ms")]
    public void MLB0209_ZeroOrAtLeastThreeSeconds_Silent(string timers) => Check.None(Peer(timers), "MLB0209");

    [Fact]
    public void MLB0210_KeepaliveAboveHold_Fires() => Assert.Equal("spec.keepaliveTime", Check.Single(Peer("holdTime: 30s\nkeepaliveTime: 90s"), "MLB0210").Path);

    [Theory]
    [InlineData("holdTime: 90s\nkeepaliveTime: 90s")]
    [InlineData("holdTime: 180s")]
    [InlineData("keepaliveTime: 60s")]
    public void MLB0210_KeepaliveAtMostHold_Silent(string timers) => Check.None(Peer(timers), "MLB0210");

    [Fact]
    public void MLB0210_HoldAlreadyTooShort_LeavesItToMLB0209() => Check.None(Peer("holdTime: 1s\nkeepaliveTime: 2s"), "MLB0210");

    [Theory]
    [InlineData("holdTime: 90")]
    [InlineData("keepaliveTime: 30 s")]
    [InlineData("connectTime: 1d")]
    public void MLB0211_NotADuration_Fires(string field) => Check.Single(Peer(field.Replace(": ", ": \"", StringComparison.Ordinal) + "\""), "MLB0211");

    [Fact]
    public void MLB0211_Durations_Silent() => Check.None(Peer("holdTime: 1m30s\nkeepaliveTime: 30s\nconnectTime: 10s"), "MLB0211");

    [Theory]
    [InlineData("0s")]
    [InlineData("999ms")]
    [InlineData("65536s")]
    public void MLB0212_ConnectTimeOutOfRange_Fires(string value) => Check.Single(Peer($"connectTime: {value}"), "MLB0212");

    [Theory]
    [InlineData("1s")]
    [InlineData("18h12m15s")]
    public void MLB0212_ConnectTimeInRange_Silent(string value) => Check.None(Peer($"connectTime: {value}"), "MLB0212");

    [Fact]
    public void MLB0213_FractionalConnectTime_Fires() => Check.Single(Peer("connectTime: 1500ms"), "MLB0213");

    [Fact]
    public void MLB0213_WholeConnectTime_Silent() => Check.None(Peer("connectTime: 2000ms"), "MLB0213");

    [Theory]
    [InlineData("peerPort: 0", "metallb.io/v1beta2")]
    [InlineData("peerPort: 16385", "metallb.io/v1beta2")]
    [InlineData("peerPort: 20000", V1)]
    public void MLB0214_PortOutOfRange_Fires(string port, string apiVersion) => Check.Single(Peer(port, apiVersion), "MLB0214");

    [Theory]
    [InlineData("peerPort: 0", V1)]
    [InlineData("peerPort: 179", "metallb.io/v1beta2")]
    [InlineData("peerPort: 16384", "metallb.io/v1beta2")]
    public void MLB0214_PortInRange_Silent(string port, string apiVersion) => Check.None(Peer(port, apiVersion), "MLB0214");

    [Fact]
    public void MLB0215_LocalAsnZero_Fires() => Check.Single(Peer("localASN: 0"), "MLB0215");

    [Fact]
    public void MLB0215_LocalAsnSet_Silent() => Check.None(Peer("localASN: 64700"), "MLB0215");

    [Fact]
    public void MLB0216_RouterIdNotAnAddress_Fires() => Check.Single(Peer("routerID: router-1"), "MLB0216");

    [Fact]
    public void MLB0216_RouterIdAddress_Silent() => Check.None(Peer("routerID: 10.255.0.1"), "MLB0216");

    [Fact]
    public void MLB0217_SourceAddressWithPrefix_Fires() => Assert.Contains("prefix", Check.Single(Peer("sourceAddress: 10.0.0.2/24"), "MLB0217").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB0217_SourceAddress_Silent() => Check.None(Peer("sourceAddress: 10.0.0.2"), "MLB0217");

    [Fact]
    public void MLB0218_PasswordAndSecret_Fires()
    {
        var finding = Check.Single(Peer("password: hunter2\npasswordSecret: {name: bgp}"), "MLB0218");
        Assert.DoesNotContain("hunter2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0218_SecretOnly_Silent() => Check.None(Peer("passwordSecret: {name: bgp}"), "MLB0218");

    [Fact]
    public void MLB0219_MissingSecretAmongGivenSecrets_IsAnError()
    {
        var finding = Check.Single(Peer("passwordSecret: {name: bgp}") + Secret("other", "kubernetes.io/basic-auth", "password"), "MLB0219");
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
    }

    [Fact]
    public void MLB0219_NoSecretsGiven_IsAWarningThatSaysSo()
    {
        var finding = Check.Single(Peer("passwordSecret: {name: bgp}"), "MLB0219");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("no Secrets were given", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0219_SecretInAnotherNamespace_IsNotFoundAndSaysWhere() =>
        Assert.Contains("exists in namespace \"default\"", Check.Single(Peer("passwordSecret: {name: bgp}") + Secret("bgp", "kubernetes.io/basic-auth", "password").Replace("metallb-system", "default", StringComparison.Ordinal)
            + Secret("x", "Opaque", "a"), "MLB0219").Message, StringComparison.Ordinal);

    [Fact]
    public void MLB0219_SecretPresent_Silent() => Check.None(Peer("passwordSecret: {name: bgp, namespace: elsewhere}") + Secret("bgp", "kubernetes.io/basic-auth", "password"), "MLB0219");

    [Fact]
    public void MLB0220_OpaqueSecret_Fires() => Check.Single(Peer("passwordSecret: {name: bgp}") + Secret("bgp", "Opaque", "password"), "MLB0220");

    [Fact]
    public void MLB0220_BasicAuthSecret_Silent() => Check.None(Peer("passwordSecret: {name: bgp}") + Secret("bgp", "kubernetes.io/basic-auth", "password"), "MLB0220");

    [Fact]
    public void MLB0221_NoPasswordKey_Fires() => Check.Single(Peer("passwordSecret: {name: bgp}") + Secret("bgp", "kubernetes.io/basic-auth", "username"), "MLB0221");

    [Fact]
    public void MLB0221_PasswordKey_Silent() => Check.None(Peer("passwordSecret: {name: bgp}") + Secret("bgp", "kubernetes.io/basic-auth", "password"), "MLB0221");

    [Fact]
    public void MLB0222_UnknownBfdProfile_Fires() => Check.Single(Peer("bfdProfile: slow") + Bfd, "MLB0222");

    [Fact]
    public void MLB0222_KnownBfdProfile_Silent() => Check.None(Peer("bfdProfile: fast") + Bfd, "MLB0222");

    [Fact]
    public void MLB0223_V1Beta1Exists_Fires()
    {
        var finding = Check.Single(Peer("nodeSelectors:\n- matchExpressions:\n  - {key: zone, operator: Exists}", V1), "MLB0223");
        Assert.Contains("v1beta2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MLB0223_V1Beta1MissingKeyAndOperator_FiresForEachAndOnlyHere()
    {
        var yaml = Peer("nodeSelectors:\n- matchExpressions:\n  - {values: [a]}", V1);
        Assert.Equal(2, Check.Findings(yaml, "MLB0223").Count);
        Check.None(yaml, "MLB0700");
        Check.None(yaml, "MLB0703");
    }

    [Fact]
    public void MLB0223_V1Beta2Exists_Silent() => Check.None(Peer("nodeSelectors:\n- matchExpressions:\n  - {key: zone, operator: Exists}"), "MLB0223");

    [Fact]
    public void MLB0224_V1Beta1_Warns() => Assert.Equal(DiagnosticSeverity.Warning, Check.Single(Peer("holdTime: 90s\nkeepaliveTime: 30s", V1), "MLB0224").Severity);

    [Fact]
    public void MLB0224_V1Beta2_Silent() => Check.None(Peer("holdTime: 90s"), "MLB0224");

    [Fact]
    public void MLB0224_BeforeTheCrdDeprecatedIt_Silent() =>
        Check.None(Peer("holdTime: 90s\nkeepaliveTime: 30s", V1), "MLB0224", new ValidationOptions { MetalLbVersion = new Version(0, 14, 8) });

    [Fact]
    public void MLB0225_DisableMp_Warns() => Check.Single(Peer("disableMP: true"), "MLB0225");

    [Fact]
    public void MLB0225_NoDisableMp_Silent() => Check.None(Peer("disableMP: false"), "MLB0225");

    [Fact]
    public void MLB0226_Ipv6RouterId_Fires() => Check.Single(Peer("routerID: 2001:db8::1"), "MLB0226");

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    public void MLB0226_Ipv4RouterId_Silent(string id) => Check.None(Peer($"routerID: \"{id}\""), "MLB0226");

    [Fact]
    public void MLB0227_MultiHopWithDynamicInternal_Warns() =>
        Check.Single(Check.Peer("p", "myASN: 64512\ndynamicASN: internal\npeerAddress: 10.0.0.1\nebgpMultiHop: true"), "MLB0227");

    [Fact]
    public void MLB0227_MultiHopWithDynamicExternal_Silent() =>
        Check.None(Check.Peer("p", "myASN: 64512\ndynamicASN: external\npeerAddress: 10.0.0.1\nebgpMultiHop: true"), "MLB0227");

    [Fact]
    public void MLB0228_LocalAsnEqualsMyAsn_IsAnError() => Assert.Equal(DiagnosticSeverity.Error, Check.Single(Peer("localASN: 64512"), "MLB0228").Severity);

    [Fact]
    public void MLB0228_LocalAsnEqualsPeerAsn_IsAWarning() => Assert.Equal(DiagnosticSeverity.Warning, Check.Single(Peer("localASN: 64600"), "MLB0228").Severity);

    [Fact]
    public void MLB0228_DistinctLocalAsn_Silent() => Check.None(Peer("localASN: 64700"), "MLB0228");

    [Fact]
    public void MLB0229_V1Beta1WithoutTimers_Warns() => Assert.Equal(DiagnosticSeverity.Warning, Check.Single(Peer("ebgpMultiHop: false", V1), "MLB0229").Severity);

    [Fact]
    public void MLB0229_V1Beta1KeepaliveOnly_IsAnError() => Assert.Equal(DiagnosticSeverity.Error, Check.Single(Peer("keepaliveTime: 30s", V1), "MLB0229").Severity);

    [Fact]
    public void MLB0229_V1Beta1WithBothTimers_Silent() => Check.None(Peer("holdTime: 90s\nkeepaliveTime: 30s", V1), "MLB0229");

    [Fact]
    public void MLB0229_V1Beta2WithoutTimers_Silent() => Check.None(Peer("ebgpMultiHop: false"), "MLB0229");

    [Fact]
    public void MLB0229_BeforeTimersBecamePointers_Silent() =>
        Check.None(Peer("ebgpMultiHop: false", V1), "MLB0229", new ValidationOptions { MetalLbVersion = new Version(0, 14, 8) });

    [Fact]
    public void MLB0229_FirstReleaseWithPointerTimers_Warns() =>
        Check.Single(Peer("ebgpMultiHop: false", V1), "MLB0229", new ValidationOptions { MetalLbVersion = new Version(0, 14, 9) });

    [Theory]
    [InlineData("interface: averyveryverylongname")]
    [InlineData("interface: \"eth0 \"")]
    [InlineData("vrf: red/blue")]
    public void MLB0230_ImpossibleDeviceName_Fires(string field) =>
        Check.Single(Check.Peer("p", "myASN: 64512\npeerASN: 64600\n" + (field.StartsWith("vrf", StringComparison.Ordinal) ? "peerAddress: 10.0.0.1\n" : string.Empty) + field), "MLB0230");

    [Fact]
    public void MLB0230_DeviceNames_Silent() => Check.None(Check.Peer("p", "myASN: 64512\npeerASN: 64600\ninterface: enp1s0f0.100\nvrf: red"), "MLB0230");
}
